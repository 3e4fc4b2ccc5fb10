import {
  CLD_QUALITY_RULES,
  type CldQualityRuleCode,
  type CldQualityRuleField,
} from '@openpb/domain/reporting/cld-quality-rules';
import { Prisma } from '../client.ts';
import { type CldEventsWhere, cldEventRowsSql } from './cld-events-sql.ts';
import { brokenCldRulesSql } from './cld-quality-rules-sql.ts';
import type { ReportSql } from './sql-client.ts';

export interface CldRuleFailureCount {
  readonly field: CldQualityRuleField;
  readonly rule: CldQualityRuleCode;
  /** Events of the submission that break the rule. */
  readonly failures: number;
}

export interface CldDataQualityCounts {
  /** Events in the submission. */
  readonly events: number;
  /** Events that break at least one rule. */
  readonly failingEvents: number;
  /** Every rule, in rule order, with how many events break it (0 included). */
  readonly rules: readonly CldRuleFailureCount[];
}

interface Row {
  events: number;
  failing_events: number;
  failures_by_rule: number[];
}

/**
 * How a CLD submission fares against each data-quality rule, counted by PostgreSQL in one
 * statement over the same rules as `cldDataQualityPage`.
 */
export async function cldDataQualityCounts(
  db: ReportSql,
  where: CldEventsWhere,
): Promise<CldDataQualityCounts> {
  const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH checked AS (
      SELECT ${brokenCldRulesSql(where.to)} AS broken FROM (${cldEventRowsSql(where)}) event
    )
    SELECT (SELECT count(*) FROM checked)::int AS events,
           (SELECT count(*) FROM checked WHERE cardinality(broken) > 0)::int AS failing_events,
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
    rules: CLD_QUALITY_RULES.map((rule, position) => ({
      field: rule.field,
      rule: rule.code,
      failures: row.failures_by_rule[position] ?? 0,
    })),
  };
}
