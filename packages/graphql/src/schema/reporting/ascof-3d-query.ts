import { ascof3dCounts } from '@openpb/db/reporting/ascof-3d-counts';
import { personalBudgetCoverageCounts } from '@openpb/db/reporting/personal-budget-coverage';
import { compareDates, financialYearOf, type IsoDate } from '@openpb/domain/dates';
import {
  ASCOF_3D_1A,
  ASCOF_3D_1B,
  ASCOF_3D_2A,
  ASCOF_3D_2B,
  type AscofPartResult,
  ascofPartResult,
} from '@openpb/domain/reporting/ascof-3d';
import { type Ratio, ratioOf } from '@openpb/domain/reporting/percentage';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { RatioRef } from './ratio.ts';

interface AscofPart extends AscofPartResult {
  readonly part: string;
  readonly description: string;
}

interface Ascof3d {
  readonly snapshotDate: IsoDate;
  readonly yearStart: IsoDate;
  readonly parts: { readonly [K in '1a' | '2a' | '1b' | '2b']: AscofPart };
  readonly personalBudgetCoverage: Ratio;
}

const AscofPartRef = builder.objectRef<AscofPart>('Ascof3dPart').implement({
  description: 'One part of ASCOF 3D: the whole cohort and each age band.',
  fields: (t) => ({
    part: t.exposeString('part', { description: 'The ASCOF part: 1a, 2a, 1b or 2b.' }),
    description: t.exposeString('description', { description: 'What the part measures.' }),
    total: t.field({
      type: RatioRef,
      description: 'Everybody aged 18 or over.',
      resolve: (part) => part.total,
    }),
    age18To64: t.field({
      type: RatioRef,
      description: 'People aged 18 to 64 on the snapshot date.',
      resolve: (part) => part.byAgeBand.AGE_18_TO_64,
    }),
    age65AndOver: t.field({
      type: RatioRef,
      description: 'People aged 65 or over on the snapshot date.',
      resolve: (part) => part.byAgeBand.AGE_65_AND_OVER,
    }),
  }),
});

const Ascof3dRef = builder.objectRef<Ascof3d>('Ascof3d').implement({
  description:
    'ASCOF 3D (self-directed support and direct payments) computed from CLD-coded plan lines, 2024/25 definition (domain.md §3.4). Everybody is counted once, at their highest support setting or carer support level (§3.1.3).',
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
      const counts = await ascof3dCounts(context.db, { councilId, snapshot, yearStart });
      const coverage = await personalBudgetCoverageCounts(context.db, { councilId, on: snapshot });
      const part = (
        definition: typeof ASCOF_3D_1A | typeof ASCOF_3D_1B,
        result: AscofPartResult,
      ) => ({
        part: definition.part,
        description: definition.description,
        ...result,
      });
      return {
        snapshotDate: snapshot,
        yearStart,
        parts: {
          '1a': part(ASCOF_3D_1A, ascofPartResult(ASCOF_3D_1A, counts.serviceUsers)),
          '2a': part(ASCOF_3D_2A, ascofPartResult(ASCOF_3D_2A, counts.serviceUsers)),
          '1b': part(ASCOF_3D_1B, ascofPartResult(ASCOF_3D_1B, counts.carers)),
          '2b': part(ASCOF_3D_2B, ascofPartResult(ASCOF_3D_2B, counts.carers)),
        },
        personalBudgetCoverage: ratioOf(coverage.withSignedOffBudget, coverage.withEligibleNeeds),
      };
    },
  }),
);
