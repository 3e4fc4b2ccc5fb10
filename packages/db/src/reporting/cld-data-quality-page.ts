import type { CldRelease } from '@openpb/domain/code-lists/code-list';
import type { EventType } from '@openpb/domain/code-lists/event-type';
import {
  CLD_QUALITY_RULES,
  type CldQualityFailure,
} from '@openpb/domain/reporting/cld-quality-rules';
import { Prisma } from '../client.ts';
import { type CldEventsWhere, kindOrderOf } from './cld-events-sql.ts';
import { checkedCldEventsSql } from './cld-quality-rules-sql.ts';
import {
  afterPosition,
  countRows,
  type KeysetPage,
  type KeysetRows,
  keysetRows,
  limitOf,
} from './keyset.ts';
import type { ReportSql } from './sql-client.ts';

/** A position in the failures' order: the event (type, then id), then the rule's position. */
export interface CldQualityFailurePosition {
  readonly eventType: EventType;
  readonly eventReference: string;
  readonly rulePosition: number;
}

/** Which failures to list: those of the rules at these positions in CLD_QUALITY_RULES, or all. */
export interface CldQualityFailureFilter {
  readonly release: CldRelease;
  readonly rulePositions: readonly number[] | null;
}

interface Row {
  event_type: EventType;
  event_reference: string;
  rule_position: number;
}

/** The failures the list shows, before paging. */
function failuresSql(where: CldEventsWhere, filter: CldQualityFailureFilter): Prisma.Sql {
  const submission = { release: filter.release, periodStart: where.from, periodEnd: where.to };
  const onlyRules = filter.rulePositions
    ? Prisma.sql`AND failure.rule_position = ANY(${[...filter.rulePositions]}::int[])`
    : Prisma.empty;
  return Prisma.sql`
    -- MATERIALIZED: the rules are checked once per event, and only the failures are sorted
    WITH checked AS MATERIALIZED (
      SELECT event.kind_order, event.event_type, event.event_reference::uuid AS event_id,
             event.broken
        FROM (${checkedCldEventsSql(where, submission)}) event
       WHERE cardinality(event.broken) > 0
    )
    SELECT checked.kind_order, checked.event_type, checked.event_id, failure.rule_position
      FROM checked
     CROSS JOIN LATERAL unnest(checked.broken) AS failure(rule_position)
     WHERE true ${onlyRules}`;
}

/** How many failures the list has (its totalCount). */
export function cldDataQualityCount(
  db: ReportSql,
  where: CldEventsWhere,
  filter: CldQualityFailureFilter,
): Promise<number> {
  return countRows(db, failuresSql(where, filter));
}

/**
 * The failures of a CLD submission (the rules of @openpb/domain/reporting/cld-quality-rules,
 * applied by PostgreSQL in one statement over the whole submission, since some rules compare
 * rows), in event order (requests, assessments, services, reviews; then by id) then rule order,
 * paged on that order.
 */
export async function cldDataQualityPage(
  db: ReportSql,
  where: CldEventsWhere,
  filter: CldQualityFailureFilter,
  page: KeysetPage<CldQualityFailurePosition>,
): Promise<KeysetRows<CldQualityFailure & { readonly rulePosition: number }>> {
  const { after } = page;
  const position = after
    ? [
        Prisma.sql`${kindOrderOf(after.eventType)}::int`,
        Prisma.sql`${after.eventReference}::uuid`,
        Prisma.sql`${after.rulePosition}::int`,
      ]
    : null;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT failure.event_type, failure.event_id::text AS event_reference, failure.rule_position
      FROM (${failuresSql(where, filter)}) failure
     WHERE true
       ${afterPosition(
         [
           Prisma.sql`failure.kind_order`,
           Prisma.sql`failure.event_id`,
           Prisma.sql`failure.rule_position`,
         ],
         position,
       )}
     ORDER BY failure.kind_order, failure.event_id, failure.rule_position
     ${limitOf(page)}`);
  return keysetRows(
    rows.map((row) => {
      const rule = CLD_QUALITY_RULES[row.rule_position];
      if (!rule) throw new Error('The data-quality query named a rule that does not exist');
      return {
        eventType: row.event_type,
        eventReference: row.event_reference,
        rule,
        rulePosition: row.rule_position,
      };
    }),
    page,
  );
}
