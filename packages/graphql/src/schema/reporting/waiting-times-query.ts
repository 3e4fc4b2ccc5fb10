import {
  type WaitingTimeTotals,
  type WaitStatistics,
  waitingTimeTotals,
} from '@openpb/db/reporting/waiting-times';
import { compareDates, type IsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';

interface WaitingTimes extends WaitingTimeTotals {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const WaitStatisticsRef = builder.objectRef<WaitStatistics>('WaitStatistics').implement({
  description:
    'Waits of one stage in days: how many people reached it, the median and the 90th percentile (continuous percentiles, rounded to one decimal place).',
  fields: (t) => ({
    people: t.int({
      description: 'People who reached the stage.',
      resolve: (stats) => stats.people,
    }),
    medianDays: t.float({
      nullable: true,
      description: 'Null when nobody reached the stage.',
      resolve: (stats) => stats.medianDays,
    }),
    percentile90Days: t.float({
      nullable: true,
      description: 'Nine in ten waited this long or less; null when nobody reached the stage.',
      resolve: (stats) => stats.percentile90Days,
    }),
  }),
});

const WaitingTimesRef = builder.objectRef<WaitingTimes>('WaitingTimes').implement({
  description:
    'Waiting times (domain.md §6.6) for people whose request was received in the period, from each person’s first request in it.',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (report) => report.from }),
    to: t.field({ type: 'Date', resolve: (report) => report.to }),
    people: t.int({
      description: 'People with a request received in the period.',
      resolve: (report) => report.people,
    }),
    requestToAssessment: t.field({
      type: WaitStatisticsRef,
      description:
        'Days from the request to the first long-term assessment completed on or after it.',
      resolve: (report) => report.requestToAssessment,
    }),
    assessmentToService: t.field({
      type: WaitStatisticsRef,
      description:
        'Days from that assessment to the first service: the earliest start, on or after it, of a line of an approved, superseded or ended plan (cancelled lines never count).',
      resolve: (report) => report.assessmentToService,
    }),
  }),
});

builder.queryField('waitingTimes', (t) =>
  t.field({
    type: WaitingTimesRef,
    description:
      'How long people whose request reached your council in the period waited for an assessment and then for a service. Team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day requests count from.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day requests count to.' }),
    },
    resolve: async (_root, args, context) => {
      if (compareDates(args.from, args.to) > 0) {
        throw new GraphQLError('The period ends before it starts', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const totals = await waitingTimeTotals(context.db, {
        councilId: context.viewer.councilId,
        from: args.from,
        to: args.to,
      });
      return { ...totals, from: args.from, to: args.to };
    },
  }),
);
