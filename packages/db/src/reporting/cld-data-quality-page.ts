import type { EventType } from '@openpb/domain/code-lists/event-type';
import {
  CLD_QUALITY_RULES,
  type CldQualityFailure,
  type CldQualityRuleField,
} from '@openpb/domain/reporting/cld-quality-rules';
import { Prisma } from '../client.ts';
import { type CldEventsWhere, cldEventRowsSql, kindOrderOf } from './cld-events-sql.ts';
import { brokenCldRulesSql } from './cld-quality-rules-sql.ts';
import { afterPosition, type KeysetPage, type KeysetRows, keysetRows, limitOf } from './keyset.ts';
import type { ReportSql } from './sql-client.ts';

/** A position in the failures' order: the event (type, then id), then the rule. */
export interface CldQualityFailurePosition {
  readonly eventType: EventType;
  readonly eventReference: string;
  readonly field: CldQualityRuleField;
}

interface Row {
  event_type: EventType;
  event_reference: string;
  rule_position: number;
}

const rulePositionOf = (field: CldQualityRuleField) =>
  CLD_QUALITY_RULES.findIndex((rule) => rule.field === field);

/**
 * The fields a CLD submission would fail on (the rules of @openpb/domain/reporting/cld-quality-rules,
 * applied by PostgreSQL in one statement), in event order (requests, assessments, services,
 * reviews; then by id) then rule order, paged on that order.
 */
export async function cldDataQualityPage(
  db: ReportSql,
  where: CldEventsWhere,
  page: KeysetPage<CldQualityFailurePosition>,
): Promise<KeysetRows<CldQualityFailure>> {
  const { after } = page;
  const position = after
    ? [
        Prisma.sql`${kindOrderOf(after.eventType)}::int`,
        Prisma.sql`${after.eventReference}::uuid`,
        Prisma.sql`${rulePositionOf(after.field)}::int`,
      ]
    : null;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    -- MATERIALIZED: the rules are checked once per event, and only the failures are sorted
    WITH checked AS MATERIALIZED (
      SELECT event.kind_order, event.event_type, event.event_reference::uuid AS event_id,
             ${brokenCldRulesSql(where.to)} AS broken
        FROM (${cldEventRowsSql(where, after)}) event
    )
    SELECT checked.event_type, checked.event_id::text AS event_reference,
           failure.rule_position
      FROM checked
     CROSS JOIN LATERAL unnest(checked.broken) AS failure(rule_position)
     WHERE true
       ${afterPosition(
         [
           Prisma.sql`checked.kind_order`,
           Prisma.sql`checked.event_id`,
           Prisma.sql`failure.rule_position`,
         ],
         position,
       )}
     ORDER BY checked.kind_order, checked.event_id, failure.rule_position
     ${limitOf(page)}`);
  return keysetRows(
    rows.map((row) => {
      const rule = CLD_QUALITY_RULES[row.rule_position];
      if (!rule) throw new Error('The data-quality query named a rule that does not exist');
      return {
        eventType: row.event_type,
        eventReference: row.event_reference,
        field: rule.field,
        rule: rule.code,
      };
    }),
    page,
  );
}
