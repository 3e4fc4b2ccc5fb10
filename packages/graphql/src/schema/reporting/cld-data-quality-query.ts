import {
  type CldQualityFailurePosition,
  cldDataQualityCount,
  cldDataQualityPage,
} from '@openpb/db/reporting/cld-data-quality-page';
import { EventType } from '@openpb/domain/code-lists/event-type';
import {
  CLD_QUALITY_RULES,
  type CldQualityFailure,
} from '@openpb/domain/reporting/cld-quality-rules';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';
import { CldDataQualityCheckInterface } from './cld-data-quality-check.ts';
import { CldQualityRuleEnum, CldQualitySeverityEnum } from './cld-quality-rule-enum.ts';
import { CLD_PERIOD_ARGS, cldSubmissionAsked } from './cld-submission-period.ts';
import { type ReportList, reportConnection, reportPage } from './report-list.ts';

type Failure = CldQualityFailure & { readonly rulePosition: number };

const CldDataQualityIssueRef = builder.objectRef<Failure>('CldDataQualityIssue').implement({
  description: 'One CLD event that the submission would fail one check on.',
  interfaces: [CldDataQualityCheckInterface],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'eventReference' in value,
  fields: (t) => ({
    eventType: t.field({ type: codeEnum(EventType), resolve: (issue) => issue.eventType }),
    eventReference: t.exposeString('eventReference', {
      description:
        'The Event_Reference of the CLD row: the id of the request, assessment, plan line or review.',
    }),
  }),
});

const CLD_DATA_QUALITY: ReportList<CldQualityFailurePosition, Failure> = {
  list: 'cldDataQuality',
  position: z.object({
    eventType: z.enum(EventType.codes),
    eventReference: z.uuid(),
    rulePosition: z
      .number()
      .int()
      .min(0)
      .max(CLD_QUALITY_RULES.length - 1),
  }),
  positionOf: (issue) => ({
    eventType: issue.eventType,
    eventReference: issue.eventReference,
    rulePosition: issue.rulePosition,
  }),
};

/** The positions of the rules a filter keeps, or `null` for all. */
function rulePositions(filter: {
  readonly rule?: string | null | undefined;
  readonly field?: string | null | undefined;
  readonly severity?: string | null | undefined;
}): number[] | null {
  if (filter.rule == null && filter.field == null && filter.severity == null) return null;
  return CLD_QUALITY_RULES.flatMap((rule, position) =>
    (filter.rule == null || rule.code === filter.rule) &&
    (filter.field == null || rule.field === filter.field) &&
    (filter.severity == null || rule.severity === filter.severity)
      ? [position]
      : [],
  );
}

builder.queryField('cldDataQuality', (t) =>
  t.connection({
    type: CldDataQualityIssueRef,
    description:
      "The checks your council's CLD submission for the period would fail, one per event and check, in event order (requests, assessments, services, reviews; then by id), then in check order; optionally only one rule, field or severity. Forward paging only. Team managers, council administrators and auditors only.",
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: {
      ...CLD_PERIOD_ARGS,
      rule: t.arg({ type: CldQualityRuleEnum, required: false, description: 'Only this rule.' }),
      field: t.arg.string({
        required: false,
        description: 'Only checks of this CLD field, e.g. NHS_Number.',
      }),
      severity: t.arg({
        type: CldQualitySeverityEnum,
        required: false,
        description: 'Only errors, or only warnings.',
      }),
    },
    resolve: async (_root, args, context) => {
      const { where, release } = cldSubmissionAsked(context, args);
      const page = reportPage(CLD_DATA_QUALITY, args);
      const filter = { release, rulePositions: rulePositions(args) };
      const result = await cldDataQualityPage(context.db, where, filter, page);
      return reportConnection(CLD_DATA_QUALITY, page, result, () =>
        cldDataQualityCount(context.db, where, filter),
      );
    },
  }),
);
