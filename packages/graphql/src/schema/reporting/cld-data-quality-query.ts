import {
  type CldQualityFailurePosition,
  cldDataQualityPage,
} from '@openpb/db/reporting/cld-data-quality-page';
import { EventType } from '@openpb/domain/code-lists/event-type';
import {
  CLD_QUALITY_RULE_DESCRIPTIONS,
  CLD_QUALITY_RULES,
  type CldQualityFailure,
} from '@openpb/domain/reporting/cld-quality-rules';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';
import { CldQualityRuleEnum } from './cld-quality-rule-enum.ts';
import { CLD_PERIOD_ARGS, cldSubmissionWhere } from './cld-submission-period.ts';
import { type ReportList, reportConnection, reportPage } from './report-list.ts';

const CldDataQualityIssueRef = builder
  .objectRef<CldQualityFailure>('CldDataQualityIssue')
  .implement({
    description: 'One field of one CLD event that the submission would fail on.',
    fields: (t) => ({
      eventType: t.field({ type: codeEnum(EventType), resolve: (issue) => issue.eventType }),
      eventReference: t.exposeString('eventReference', {
        description:
          'The Event_Reference of the CLD row: the id of the request, assessment, plan line or review.',
      }),
      field: t.exposeString('field', {
        description: 'The CLD field name (R1), e.g. Employment_Status.',
      }),
      rule: t.field({ type: CldQualityRuleEnum, resolve: (issue) => issue.rule }),
      description: t.string({
        description: 'What the rule asks for.',
        resolve: (issue) => CLD_QUALITY_RULE_DESCRIPTIONS[issue.rule],
      }),
    }),
  });

const CLD_DATA_QUALITY: ReportList<CldQualityFailurePosition, CldQualityFailure> = {
  list: 'cldDataQuality',
  position: z.object({
    eventType: z.enum(EventType.codes),
    eventReference: z.uuid(),
    field: z.enum(CLD_QUALITY_RULES.map((rule) => rule.field)),
  }),
  positionOf: (issue) => ({
    eventType: issue.eventType,
    eventReference: issue.eventReference,
    field: issue.field,
  }),
};

builder.queryField('cldDataQuality', (t) =>
  t.connection({
    type: CldDataQualityIssueRef,
    description:
      "Fields that CLD requires but your council's submission for the period would leave empty, in event order (requests, assessments, services, reviews; then by id), then in rule order. Forward paging only. Team managers, council administrators and auditors only.",
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: CLD_PERIOD_ARGS,
    resolve: async (_root, args, context) => {
      const where = cldSubmissionWhere(context, args);
      const page = reportPage(CLD_DATA_QUALITY, args);
      const result = await cldDataQualityPage(context.db, where, page);
      return reportConnection(CLD_DATA_QUALITY, page, result);
    },
  }),
);
