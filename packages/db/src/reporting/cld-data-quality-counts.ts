import type { CldRelease } from '@openpb/domain/code-lists/code-list';
import { CLD_QUALITY_RULES, type CldQualityRule } from '@openpb/domain/reporting/cld-quality-rules';
import { Prisma } from '../client.ts';
import type { CldEventsWhere } from './cld-events-sql.ts';
import { checkedCldEventsSql } from './cld-quality-rules-sql.ts';
import type { ReportSql } from './sql-client.ts';

export interface CldRuleFailureCount {
  readonly rule: CldQualityRule;
  /** Events of the submission that break the rule. */
  readonly failures: number;
}

export interface CldDataQualityCounts {
  /** Events in the submission. */
  readonly events: number;
  /** Events that break at least one rule. */
  readonly failingEvents: number;
  /** Events that break at least one rule of severity ERROR. */
  readonly eventsWithErrors: number;
  /** Every rule, in rule order, with how many events break it (0 included). */
  readonly rules: readonly CldRuleFailureCount[];
}

interface Row {
  events: number;
  failing_events: number;
  error_events: number;
  failures_by_rule: number[];
}

const ERROR_POSITIONS = CLD_QUALITY_RULES.flatMap((rule, position) =>
  rule.severity === 'ERROR' ? [position] : [],
);

/**
 * How a CLD submission fares against each data-quality rule, counted by PostgreSQL in one
 * statement over the same rules as `cldDataQualityPage`.
 */
export async function cldDataQualityCounts(
  db: ReportSql,
  where: CldEventsWhere,
  release: CldRelease,
): Promise<CldDataQualityCounts> {
  const submission = { release, periodStart: where.from, periodEnd: where.to };
  const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH checked AS MATERIALIZED (
      SELECT event.broken FROM (${checkedCldEventsSql(where, submission)}) event
    )
    SELECT (SELECT count(*) FROM checked)::int AS events,
           (SELECT count(*) FROM checked WHERE cardinality(broken) > 0)::int AS failing_events,
           (SELECT count(*) FROM checked
             WHERE broken && ARRAY[${Prisma.join(ERROR_POSITIONS)}]::int[])::int AS error_events,
           ARRAY(SELECT count(failure.rule_position)::int
                   FROM generate_series(0, ${CLD_QUALITY_RULES.length - 1}::int) AS rule(position)
                   LEFT JOIN (SELECT unnest(broken) AS rule_position FROM checked) failure
                          ON failure.rule_position = rule.position
                  GROUP BY rule.position
                  ORDER BY rule.position) AS failures_by_rule`);
  if (!row) throw new Error('A count query returned no row');
  return {
    events: row.events,
    failingEvents: row.failing_events,
    eventsWithErrors: row.error_events,
    rules: CLD_QUALITY_RULES.map((rule, position) => ({
      rule,
      failures: row.failures_by_rule[position] ?? 0,
    })),
  };
}
