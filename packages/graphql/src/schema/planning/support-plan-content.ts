import type { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import {
  lineInputWeeklyCostPence,
  supportPlanInputSchema,
} from '@openpb/domain/entities/support-plan';
import { checkEndedStatus } from '@openpb/domain/rules/ended-status';
import { checkPlanCoversLines } from '@openpb/domain/rules/plan-covers-lines';
import { firstReviewDueDate } from '@openpb/domain/rules/review-due-dates';
import { atPath } from '@openpb/domain/rules/rule-violation';
import {
  checkServiceEndsByDeath,
  checkServicesEndByDeath,
} from '@openpb/domain/rules/services-end-by-death';
import { fromDbDate, toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { enforce } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';

export interface SupportPlanContent {
  readonly startDate: IsoDate;
  readonly endDate?: IsoDate | null | undefined;
  readonly firstReviewDueDate?: IsoDate | null | undefined;
  readonly firstReviewLaterReason?: string | null | undefined;
  readonly outcomes: readonly unknown[];
  readonly lines: readonly unknown[];
}

/**
 * Validates a plan version's content with the domain (shape, I-10 first review, I-13 dates —
 * ENDED lines have ended by `today`, the plan covers its lines, nothing runs past the person's
 * death —, I-14 CLD costs, I-15 prison) and returns the columns and line rows to write. Errors
 * carry paths under `input.content`.
 */
export async function planContentToRows(
  tx: Prisma.TransactionClient,
  councilId: string,
  personId: string,
  content: SupportPlanContent,
  today: IsoDate,
) {
  const policy = await councilPolicyOn(tx, councilId, content.startDate);
  const plan = parseInput(
    supportPlanInputSchema,
    {
      ...content,
      personId,
      firstReviewDueDate:
        content.firstReviewDueDate ?? firstReviewDueDate(content.startDate, policy),
      firstReviewLaterReason: content.firstReviewLaterReason ?? undefined,
    },
    ['input', 'content'],
  );
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: { deathDate: true },
  });
  const deathDate = person.deathDate ? fromDbDate(person.deathDate) : null;
  enforce(
    [
      ...plan.lines.flatMap((line, index) =>
        atPath(['lines', index], checkEndedStatus(line, today)),
      ),
      ...checkPlanCoversLines(plan, plan.lines),
      ...checkServiceEndsByDeath(plan, deathDate),
      ...checkServicesEndByDeath(plan.lines, deathDate),
    ],
    ['input', 'content'],
  );
  const columns = {
    outcomes: plan.outcomes as unknown as Prisma.InputJsonValue,
    startDate: toDbDate(plan.startDate),
    endDate: toDbDateOrNull(plan.endDate),
    firstReviewDueDate: toDbDate(plan.firstReviewDueDate),
    firstReviewLaterReason: plan.firstReviewLaterReason?.trim() || null,
  };
  const uncosted = plan.lines.flatMap((line, index) =>
    lineInputWeeklyCostPence(line) === null
      ? [
          {
            path: ['lines', String(index), 'plannedUnitsPerWeekHundredths'],
            message: `A ${line.costFrequency.toLowerCase()} cost needs planned units per week to cost the plan`,
            code: 'REQUIRED',
          },
        ]
      : [],
  );
  if (uncosted.length > 0) throw new ValidationFailed(uncosted, ['input', 'content']);
  const lines = plan.lines.map((line, position) => ({
    councilId,
    position,
    description: line.description,
    serviceType: line.serviceType,
    serviceComponent: line.serviceComponent,
    deliveryMechanism: line.deliveryMechanism,
    fundingSource: line.fundingSource,
    status: line.status,
    unitCostPence: line.unitCostPence,
    costFrequency: line.costFrequency,
    plannedUnitsPerWeekHundredths: line.plannedUnitsPerWeekHundredths ?? null,
    weeklyCostPence: lineInputWeeklyCostPence(line) ?? 0,
    startDate: toDbDate(line.startDate),
    endDate: toDbDateOrNull(line.endDate),
    providerCqcLocationId: line.providerCqcLocationId ?? null,
    providerCqcLocationName: line.providerCqcLocationName ?? null,
  }));
  return { columns, lines };
}
