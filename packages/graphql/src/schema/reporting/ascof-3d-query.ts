import { ascof3dCrossCounts } from '@openpb/db/reporting/ascof-3d-counts';
import { personalBudgetCoverageCounts } from '@openpb/db/reporting/personal-budget-coverage';
import { compareDates, financialYearOf, type IsoDate } from '@openpb/domain/dates';
import {
  ASCOF_3D_1A,
  ASCOF_3D_1B,
  ASCOF_3D_2A,
  ASCOF_3D_2B,
  type AscofPartResult,
} from '@openpb/domain/reporting/ascof-3d';
import {
  type Ascof3dDifference,
  type AscofPartName,
  ascof3dComparison,
} from '@openpb/domain/reporting/ascof-3d-comparison';
import { type Ratio, ratioOf } from '@openpb/domain/reporting/percentage';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { RatioRef } from './ratio.ts';

interface AscofPart {
  readonly part: AscofPartName;
  readonly description: string;
  readonly dhsc: AscofPartResult;
  readonly recorded: AscofPartResult;
}

interface Ascof3d {
  readonly snapshotDate: IsoDate;
  readonly yearStart: IsoDate;
  readonly parts: { readonly [K in AscofPartName]: AscofPart };
  readonly differences: readonly Ascof3dDifference[];
  readonly personalBudgetCoverage: Ratio;
}

const AscofFiguresRef = builder.objectRef<AscofPartResult>('Ascof3dFigures').implement({
  description: 'One way of computing a part of ASCOF 3D: the whole cohort and each age band.',
  fields: (t) => ({
    total: t.field({
      type: RatioRef,
      description: 'Everybody aged 18 or over.',
      resolve: (figures) => figures.total,
    }),
    age18To64: t.field({
      type: RatioRef,
      description: 'People aged 18 to 64 on the snapshot date.',
      resolve: (figures) => figures.byAgeBand.AGE_18_TO_64,
    }),
    age65AndOver: t.field({
      type: RatioRef,
      description: 'People aged 65 or over on the snapshot date.',
      resolve: (figures) => figures.byAgeBand.AGE_65_AND_OVER,
    }),
  }),
});

const AscofPartRef = builder.objectRef<AscofPart>('Ascof3dPart').implement({
  description:
    'One part of ASCOF 3D, as DHSC computes it from CLD (the published figure) and as the records give it (D21).',
  fields: (t) => ({
    part: t.exposeString('part', { description: 'The ASCOF part: 1a, 2a, 1b or 2b.' }),
    description: t.exposeString('description', { description: 'What the part measures.' }),
    dhsc: t.field({
      type: AscofFiguresRef,
      description:
        'DHSC’s 2024/25 method: age from the 1st of the birth month in 365.25-day years, services merged by DHSC’s unique-event key (which ignores delivery mechanism), carer support placed by delivery mechanism.',
      resolve: (part) => part.dhsc,
    }),
    recorded: t.field({
      type: AscofFiguresRef,
      description:
        'From the records as they stand: exact age, every recorded line at its own level, carers’ universal-services components as information and advice.',
      resolve: (part) => part.recorded,
    }),
  }),
});

const AscofCohortEnum = builder.enumType('Ascof3dCohort', {
  values: {
    SERVICE_USERS: { description: 'Service users in long-term support on the snapshot date.' },
    CARERS: { description: 'Carers supported in the year to the snapshot date.' },
  } as const,
});

const AscofDifferenceKindEnum = builder.enumType('Ascof3dDifferenceKind', {
  values: {
    AGE_BAND: { description: 'Counted in another age band, or as an adult by one way only.' },
    LEVEL: { description: 'Counted at another level of the hierarchy.' },
  } as const,
});

const AscofDifferenceRef = builder.objectRef<Ascof3dDifference>('Ascof3dDifference').implement({
  description: 'Why DHSC’s figure and the recorded one differ, and for how many people.',
  fields: (t) => ({
    cohort: t.field({ type: AscofCohortEnum, resolve: (difference) => difference.cohort }),
    kind: t.field({ type: AscofDifferenceKindEnum, resolve: (difference) => difference.kind }),
    people: t.exposeInt('people', { description: 'People counted differently.' }),
    explanation: t.exposeString('explanation', { description: 'The rules that differ.' }),
  }),
});

const Ascof3dRef = builder.objectRef<Ascof3d>('Ascof3d').implement({
  description:
    'ASCOF 3D (self-directed support and direct payments) computed from CLD-coded plan lines as at the snapshot, from the records’ dates (a plan superseded or a line ended after the snapshot still counts on it), 2024/25 definition (domain.md §3.4). Everybody is counted once, at their highest support setting or carer support level (§3.1.3).',
  fields: (t) => ({
    snapshotDate: t.field({ type: 'Date', resolve: (report) => report.snapshotDate }),
    yearStart: t.field({
      type: 'Date',
      description: 'First day of the year over which carers are counted.',
      resolve: (report) => report.yearStart,
    }),
    part1a: t.field({
      type: AscofPartRef,
      description:
        'Service users whose top setting on the snapshot date is long-term community support, with a direct payment (mechanism or component) or a CASSR managed personal budget.',
      resolve: (report) => report.parts['1a'],
    }),
    part2a: t.field({
      type: AscofPartRef,
      description: 'The same cohort as 1a; numerator: a direct payment (mechanism or component).',
      resolve: (report) => report.parts['2a'],
    }),
    part1b: t.field({
      type: AscofPartRef,
      description:
        'Carers supported in the year (direct payment, managed personal budget or commissioned support only); numerator: direct payment or managed personal budget.',
      resolve: (report) => report.parts['1b'],
    }),
    part2b: t.field({
      type: AscofPartRef,
      description: 'The same carers as 1b; numerator: direct payment.',
      resolve: (report) => report.parts['2b'],
    }),
    differences: t.field({
      type: [AscofDifferenceRef],
      description:
        'Where DHSC’s figures and the recorded ones differ: how many people each rule moves, and why. Empty when they agree.',
      resolve: (report) => report.differences,
    }),
    personalBudgetCoverage: t.field({
      type: RatioRef,
      description:
        'Legacy Putting People First view: living people with eligible needs (a completed long-term assessment that found them eligible by the snapshot date) who have a signed-off personal budget in effect on it.',
      resolve: (report) => report.personalBudgetCoverage,
    }),
  }),
});

builder.queryField('ascof3d', (t) =>
  t.field({
    type: Ascof3dRef,
    description:
      'ASCOF 3D for your council: service users on the snapshot date, carers over the year to it. Team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: {
      snapshotDate: t.arg({ type: 'Date', required: true, description: 'Usually 31 March.' }),
      yearStart: t.arg({
        type: 'Date',
        required: false,
        description:
          'Start of the carers’ year; defaults to 1 April of the financial year of the snapshot.',
      }),
    },
    resolve: async (_root, args, context) => {
      const snapshot = args.snapshotDate;
      const yearStart = args.yearStart ?? financialYearOf(snapshot).start;
      if (compareDates(yearStart, snapshot) > 0) {
        throw new GraphQLError('The year starts after the snapshot date');
      }
      const councilId = context.viewer.councilId;
      const counts = await ascof3dCrossCounts(context.db, { councilId, snapshot, yearStart });
      const coverage = await personalBudgetCoverageCounts(context.db, { councilId, on: snapshot });
      const comparison = ascof3dComparison(counts);
      const part = (definition: typeof ASCOF_3D_1A | typeof ASCOF_3D_1B): AscofPart => ({
        part: definition.part,
        description: definition.description,
        dhsc: comparison.dhsc[definition.part],
        recorded: comparison.recorded[definition.part],
      });
      return {
        snapshotDate: snapshot,
        yearStart,
        parts: {
          '1a': part(ASCOF_3D_1A),
          '2a': part(ASCOF_3D_2A),
          '1b': part(ASCOF_3D_1B),
          '2b': part(ASCOF_3D_2B),
        },
        differences: comparison.differences,
        personalBudgetCoverage: ratioOf(coverage.withSignedOffBudget, coverage.withEligibleNeeds),
      };
    },
  }),
);
