import {
  type CldDataQualityCounts,
  type CldRuleFailureCount,
  cldDataQualityCounts,
} from '@openpb/db/reporting/cld-data-quality-counts';
import { CLD_QUALITY_RULE_DESCRIPTIONS } from '@openpb/domain/reporting/cld-quality-rules';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { CldQualityRuleEnum } from './cld-quality-rule-enum.ts';
import { CLD_PERIOD_ARGS, cldSubmissionWhere } from './cld-submission-period.ts';

const CldRuleFailureCountRef = builder
  .objectRef<CldRuleFailureCount>('CldDataQualityRuleCount')
  .implement({
    description: 'One CLD data-quality rule (one field) and how many events break it.',
    fields: (t) => ({
      field: t.exposeString('field', {
        description: 'The CLD field name (R1) the rule checks, e.g. Employment_Status.',
      }),
      rule: t.field({ type: CldQualityRuleEnum, resolve: (count) => count.rule }),
      description: t.string({
        description: 'What the rule asks for.',
        resolve: (count) => CLD_QUALITY_RULE_DESCRIPTIONS[count.rule],
      }),
      failures: t.exposeInt('failures', {
        description: 'Events of the submission that leave the field empty where the rule needs it.',
      }),
    }),
  });

const CldDataQualitySummaryRef = builder
  .objectRef<CldDataQualityCounts>('CldDataQualitySummary')
  .implement({
    description: 'How a CLD submission fares against the data-quality rules, counted in full.',
    fields: (t) => ({
      events: t.exposeInt('events', { description: 'Events (CLD rows) in the submission.' }),
      failingEvents: t.exposeInt('failingEvents', {
        description: 'Events that break at least one rule.',
      }),
      rules: t.field({
        type: [CldRuleFailureCountRef],
        description: 'Every rule, in rule order, with its failures (rules nobody breaks included).',
        resolve: (summary) => summary.rules,
      }),
    }),
  });

builder.queryField('cldDataQualitySummary', (t) =>
  t.field({
    type: CldDataQualitySummaryRef,
    description:
      "Counts of the fields that CLD requires but your council's submission for the period would leave empty, per rule: the totals of cldDataQuality. Team managers, council administrators and auditors only.",
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: CLD_PERIOD_ARGS,
    resolve: (_root, args, context) =>
      cldDataQualityCounts(context.db, cldSubmissionWhere(context, args)),
  }),
);
