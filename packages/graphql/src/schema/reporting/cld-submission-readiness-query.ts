import {
  type CldDataQualityCounts,
  cldDataQualityCounts,
} from '@openpb/db/reporting/cld-data-quality-counts';
import type { CldRelease } from '@openpb/domain/code-lists/code-list';
import type { CldQualitySeverity } from '@openpb/domain/reporting/cld-quality-rules';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { CldDataQualityRuleCountRef } from './cld-data-quality-rule-count.ts';
import { CLD_PERIOD_ARGS, CldReleaseEnum, cldSubmissionAsked } from './cld-submission-period.ts';

interface Readiness {
  readonly release: CldRelease;
  readonly counts: CldDataQualityCounts;
}

const failing = (readiness: Readiness, severity: CldQualitySeverity) =>
  readiness.counts.rules.filter((count) => count.failures > 0 && count.rule.severity === severity);

const total = (readiness: Readiness, severity: CldQualitySeverity) =>
  failing(readiness, severity).reduce((sum, count) => sum + count.failures, 0);

const CldSubmissionReadinessRef = builder.objectRef<Readiness>('CldSubmissionReadiness').implement({
  description:
    'Whether a CLD submission can go to DHSC as it stands: it can when no event fails a check of severity ERROR; warnings do not stop it.',
  fields: (t) => ({
    release: t.field({
      type: CldReleaseEnum,
      description: 'The release the submission was checked in.',
      resolve: (readiness) => readiness.release,
    }),
    canSubmit: t.boolean({
      description: 'True when no event fails an ERROR check.',
      resolve: (readiness) => readiness.counts.eventsWithErrors === 0,
    }),
    events: t.int({
      description: 'Events (CLD rows) in the submission.',
      resolve: (readiness) => readiness.counts.events,
    }),
    eventsWithErrors: t.int({
      description: 'Events that fail at least one ERROR check.',
      resolve: (readiness) => readiness.counts.eventsWithErrors,
    }),
    errors: t.int({
      description: 'Failures of ERROR checks (an event failing two checks counts twice).',
      resolve: (readiness) => total(readiness, 'ERROR'),
    }),
    warnings: t.int({
      description: 'Failures of WARNING checks.',
      resolve: (readiness) => total(readiness, 'WARNING'),
    }),
    blockedBy: t.field({
      type: [CldDataQualityRuleCountRef],
      description:
        'The ERROR checks that fail, in check order, with how many events fail each: what to put right before submitting (page the events with cldDataQuality and the rule and field).',
      resolve: (readiness) => failing(readiness, 'ERROR'),
    }),
    warnedBy: t.field({
      type: [CldDataQualityRuleCountRef],
      description: 'The WARNING checks that fail, in check order, with their counts.',
      resolve: (readiness) => failing(readiness, 'WARNING'),
    }),
  }),
});

builder.queryField('cldSubmissionReadiness', (t) =>
  t.field({
    type: CldSubmissionReadinessRef,
    description:
      "Whether your council's CLD submission for the period can be submitted, and which checks block it. Team managers, council administrators and auditors only.",
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: CLD_PERIOD_ARGS,
    resolve: async (_root, args, context) => {
      const { where, release } = cldSubmissionAsked(context, args);
      return { release, counts: await cldDataQualityCounts(context.db, where, release) };
    },
  }),
);
