import { EventType } from '@openpb/domain/code-lists/event-type';
import { compareDates } from '@openpb/domain/dates';
import {
  CLD_QUALITY_RULE_CODES,
  CLD_QUALITY_RULE_DESCRIPTIONS,
  type CldQualityFailure,
} from '@openpb/domain/reporting/cld-quality-rules';
import { GraphQLError } from 'graphql';
import { builder, DEFAULT_PAGE_SIZE } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';
import { cldDataQualityPage, encodeFailureCursor } from './cld-data-quality-page.ts';

const CldQualityRuleEnum = builder.enumType('CldQualityRule', {
  description: 'A CLD mandatory or applicability rule (domain.md §3.1.1, DHSC data-quality code).',
  values: Object.fromEntries(
    CLD_QUALITY_RULE_CODES.map((code) => [
      code,
      { description: CLD_QUALITY_RULE_DESCRIPTIONS[code] },
    ]),
  ) as { [K in (typeof CLD_QUALITY_RULE_CODES)[number]]: { description: string } },
});

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

builder.queryField('cldDataQuality', (t) =>
  t.connection({
    type: CldDataQualityIssueRef,
    description:
      "Fields that CLD requires but your council's submission for the period would leave empty, in event order (requests, assessments, services, reviews; then by id). Forward paging only. Team managers, council administrators and auditors only.",
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: {
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'First day of the reporting period.',
      }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day of the reporting period.' }),
    },
    resolve: async (_root, args, context) => {
      if (compareDates(args.from, args.to) > 0) {
        throw new GraphQLError('The reporting period ends before it starts');
      }
      if (args.last != null || args.before != null) {
        throw new GraphQLError('This list pages forwards only: use first and after');
      }
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      const page = await cldDataQualityPage(
        context.db,
        { councilId: context.viewer.councilId, from: args.from, to: args.to },
        { release: 'R2', periodStart: args.from, periodEnd: args.to },
        { first, after: args.after ?? null },
      );
      const edges = page.failures.map((failure) => ({
        cursor: encodeFailureCursor(failure),
        node: failure,
      }));
      return {
        edges,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: args.after != null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
