/**
 * Resource allocation system (RAS) [P] (domain.md §1.1 stage 5; S-19): turns assessed needs into
 * points and points into an indicative weekly amount, either at a price per point or from a band
 * table. The result is "not an allocation or entitlement": the final budget is the cost of the
 * agreed plan, and it must be sufficient and explained (KM v Cambridgeshire [2012] UKSC 23;
 * Statutory Guidance 11.24 transparency, S-10a). Every result therefore carries a plain-English
 * `explanation` and the model version.
 */
import { z } from 'zod';
import { EligibilityOutcome } from '../code-lists/eligibility-outcome.ts';
import { FacsBand } from '../code-lists/facs-band.ts';
import { annualFromWeeklyPence } from '../cost-frequency.ts';
import { formatPounds, mulDivHalfUp, type Pence } from '../money.ts';

export interface RasBand {
  readonly code: string;
  /** Lowest points total in this band. */
  readonly minPoints: number;
  readonly weeklyAmountPence: Pence;
}

export type RasPricing =
  | { readonly kind: 'PRICE_PER_POINT'; readonly pencePerPoint: Pence }
  | { readonly kind: 'BAND_TABLE'; readonly bands: readonly RasBand[] };

export interface RasModel {
  /** Shown with every result, e.g. `"Anyshire RAS 2025.1"`. */
  readonly version: string;
  /** Points for each outcome the adult is unable to achieve (missing = 0). */
  readonly pointsPerOutcome: { readonly [K in EligibilityOutcome]?: number };
  /** Optional points for a legacy FACS band (missing = 0). */
  readonly pointsPerFacsBand?: { readonly [K in FacsBand]?: number };
  readonly pricing: RasPricing;
  readonly minimumWeeklyPence?: Pence;
  readonly maximumWeeklyPence?: Pence;
}

export interface RasInput {
  readonly unableToAchieve: readonly EligibilityOutcome[];
  readonly facsBand?: FacsBand | null | undefined;
  /** Other scored factors of the council's questionnaire. */
  readonly additionalPoints?: readonly { readonly label: string; readonly points: number }[];
}

export interface RasResult {
  readonly rasModelVersion: string;
  readonly points: number;
  /** The band used, for a band-table model. */
  readonly bandCode: string | null;
  readonly weeklyAmountPence: Pence;
  readonly annualAmountPence: Pence;
  readonly explanation: string;
}

const pointsSchema = z.int().min(0).max(100_000);
const penceSchema = z.int().min(0);

/** Validates a council's RAS model (e.g. when it is configured through the API). */
export const rasModelSchema = z
  .object({
    version: z.string().trim().min(1).max(100),
    pointsPerOutcome: z.partialRecord(
      z.enum(EligibilityOutcome.codes as unknown as [EligibilityOutcome]),
      pointsSchema,
    ),
    pointsPerFacsBand: z
      .partialRecord(z.enum(FacsBand.codes as unknown as [FacsBand]), pointsSchema)
      .optional(),
    pricing: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('PRICE_PER_POINT'), pencePerPoint: penceSchema }),
      z.object({
        kind: z.literal('BAND_TABLE'),
        bands: z
          .array(
            z.object({
              code: z.string().trim().min(1).max(20),
              minPoints: pointsSchema,
              weeklyAmountPence: penceSchema,
            }),
          )
          .min(1),
      }),
    ]),
    minimumWeeklyPence: penceSchema.optional(),
    maximumWeeklyPence: penceSchema.optional(),
  })
  .superRefine((model, context) => {
    if (model.pricing.kind === 'BAND_TABLE') {
      const bands = model.pricing.bands;
      if (bands[0]?.minPoints !== 0) {
        context.addIssue({
          code: 'custom',
          message: 'The first band must start at 0 points',
          path: ['pricing', 'bands', 0, 'minPoints'],
        });
      }
      bands.forEach((band, index) => {
        const previous = bands[index - 1];
        if (previous !== undefined && band.minPoints <= previous.minPoints) {
          context.addIssue({
            code: 'custom',
            message: 'Bands must be in increasing order of points',
            path: ['pricing', 'bands', index, 'minPoints'],
          });
        }
      });
    }
    if (
      model.minimumWeeklyPence !== undefined &&
      model.maximumWeeklyPence !== undefined &&
      model.minimumWeeklyPence > model.maximumWeeklyPence
    ) {
      context.addIssue({
        code: 'custom',
        message: 'The minimum cannot exceed the maximum',
        path: ['minimumWeeklyPence'],
      });
    }
  });

function outcomeLabel(outcome: EligibilityOutcome): string {
  const label = EligibilityOutcome.entries[outcome].r2 ?? outcome;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function withPoints(item: { readonly label: string; readonly points: number }): string {
  return `${item.label} (${item.points})`;
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function bandFor(bands: readonly RasBand[], points: number): RasBand {
  let chosen = bands[0];
  for (const band of bands) if (band.minPoints <= points) chosen = band;
  if (chosen === undefined) throw new RangeError('A band table needs at least one band');
  return chosen;
}

/** Calculates the indicative budget and explains how it was reached. */
export function calculateIndicativeBudget(model: RasModel, input: RasInput): RasResult {
  const parsed = rasModelSchema.safeParse(model);
  if (!parsed.success)
    throw new RangeError(`Invalid RAS model: ${parsed.error.issues[0]?.message ?? ''}`);

  const outcomes = [...new Set(input.unableToAchieve)];
  const scored = outcomes.map((outcome) => ({
    label: outcomeLabel(outcome),
    points: model.pointsPerOutcome[outcome] ?? 0,
  }));
  const facsPoints = input.facsBand ? (model.pointsPerFacsBand?.[input.facsBand] ?? 0) : 0;
  const extras = input.additionalPoints ?? [];
  for (const extra of extras) {
    if (!Number.isSafeInteger(extra.points) || extra.points < 0)
      throw new RangeError('Points must be whole numbers ≥ 0');
  }
  const points =
    scored.reduce((total, item) => total + item.points, 0) +
    facsPoints +
    extras.reduce((total, item) => total + item.points, 0);

  let weekly: Pence;
  let bandCode: string | null = null;
  let pricingText: string;
  if (model.pricing.kind === 'PRICE_PER_POINT') {
    weekly = mulDivHalfUp(points, model.pricing.pencePerPoint, 1);
    pricingText = `At ${formatPounds(model.pricing.pencePerPoint)} a point this gives`;
  } else {
    const band = bandFor(model.pricing.bands, points);
    weekly = band.weeklyAmountPence;
    bandCode = band.code;
    pricingText = `These points fall in band ${band.code} (from ${band.minPoints} points), which gives`;
  }

  let limitText = '';
  if (model.maximumWeeklyPence !== undefined && weekly > model.maximumWeeklyPence) {
    weekly = model.maximumWeeklyPence;
    limitText = ", capped at the model's maximum";
  } else if (model.minimumWeeklyPence !== undefined && weekly < model.minimumWeeklyPence) {
    weekly = model.minimumWeeklyPence;
    limitText = ", raised to the model's minimum";
  }
  const annual = annualFromWeeklyPence(weekly);

  const pieces = [
    ...(scored.length > 0 ? [`being unable to achieve ${listText(scored.map(withPoints))}`] : []),
    ...(facsPoints > 0 && input.facsBand
      ? [`FACS band ${FacsBand.entries[input.facsBand].r2} (${facsPoints})`]
      : []),
    ...extras.map(withPoints),
  ];
  const basis = pieces.length === 0 ? 'no scored needs' : pieces.join('; ');
  const explanation =
    `Using RAS model "${model.version}", the assessment scores ${points} point${points === 1 ? '' : 's'} (${basis}). ` +
    `${pricingText} an indicative budget of ${formatPounds(weekly)} a week (${formatPounds(annual)} a year)${limitText}. ` +
    'This is a starting point for planning, not an allocation: the final personal budget is the cost of the agreed support plan and must be enough to meet the eligible needs.';

  return {
    rasModelVersion: model.version,
    points,
    bandCode,
    weeklyAmountPence: weekly,
    annualAmountPence: annual,
    explanation,
  };
}
