import {
  type CldDataQualityCounts,
  cldDataQualityCounts,
} from '@openpb/db/reporting/cld-data-quality-counts';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { CldDataQualityRuleCountRef } from './cld-data-quality-rule-count.ts';
import { CLD_PERIOD_ARGS, cldSubmissionAsked } from './cld-submission-period.ts';

const CldDataQualitySummaryRef = builder
  .objectRef<CldDataQualityCounts>('CldDataQualitySummary')
  .implement({
    description: 'How a CLD submission fares against the data-quality checks, counted in full.',
    fields: (t) => ({
      events: t.exposeInt('events', { description: 'Events (CLD rows) in the submission.' }),
      failingEvents: t.exposeInt('failingEvents', {
        description: 'Events that fail at least one check.',
      }),
      eventsWithErrors: t.exposeInt('eventsWithErrors', {
        description: 'Events that fail at least one check of severity ERROR.',
      }),
      rules: t.field({
        type: [CldDataQualityRuleCountRef],
        description:
          'Every check, in check order, with its failures (checks nobody fails included).',
        resolve: (summary) => summary.rules,
      }),
    }),
  });

builder.queryField('cldDataQualitySummary', (t) =>
  t.field({
    type: CldDataQualitySummaryRef,
    description:
      "Counts of the data-quality checks your council's CLD submission for the period would fail, per check: the totals of cldDataQuality. Team managers, council administrators and auditors only.",
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: CLD_PERIOD_ARGS,
    resolve: (_root, args, context) => {
      const { where, release } = cldSubmissionAsked(context, args);
      return cldDataQualityCounts(context.db, where, release);
    },
  }),
);
