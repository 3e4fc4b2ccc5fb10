import type { IsoDate } from '@openpb/domain/dates';
import { Prisma } from '../client.ts';
import { LINE_START, LINE_WAS_AGREED } from './as-at-sql.ts';
import type { ReportSql } from './sql-client.ts';

/** Waits of one stage in whole days: how many people waited, the median and the 90th percentile. */
export interface WaitStatistics {
  readonly people: number;
  /** `null` when nobody reached the stage. */
  readonly medianDays: number | null;
  readonly percentile90Days: number | null;
}

export interface WaitingTimeTotals {
  /** People whose first request in the period was received in it. */
  readonly people: number;
  readonly requestToAssessment: WaitStatistics;
  readonly assessmentToService: WaitStatistics;
}

interface Row {
  people: number;
  assessed: number;
  assessment_median: number | null;
  assessment_p90: number | null;
  served: number;
  service_median: number | null;
  service_p90: number | null;
}

/**
 * Waiting times (domain.md §6.6) for people whose request was received in `[from, to]`, from each
 * person's first request in the period: request → the first long-term assessment completed on or
 * after it, and that assessment → the first service (the earliest start of a line of an approved,
 * superseded or ended plan, never a cancelled line, on or after the assessment). PostgreSQL
 * computes the continuous percentiles (`percentile_cont`), rounded to one decimal place.
 */
export async function waitingTimeTotals(
  db: ReportSql,
  where: { readonly councilId: string; readonly from: IsoDate; readonly to: IsoDate },
): Promise<WaitingTimeTotals> {
  const { councilId, from, to } = where;
  const percentile = (fraction: number, wait: Prisma.Sql) =>
    Prisma.sql`round((percentile_cont(${fraction}::float8) WITHIN GROUP (ORDER BY ${wait}))::numeric, 1)::float8`;
  const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH first_request AS (
      SELECT DISTINCT ON (person_id) person_id, received_date
        FROM request
       WHERE council_id = ${councilId}::uuid
         AND received_date BETWEEN ${from}::date AND ${to}::date
       ORDER BY person_id, received_date, id
    ), assessed AS (
      SELECT first_request.person_id, first_request.received_date, assessment.assessed_date
        FROM first_request
        CROSS JOIN LATERAL (
          SELECT MIN(completed_date) AS assessed_date
            FROM assessment
           WHERE assessment.council_id = ${councilId}::uuid
             AND assessment.person_id = first_request.person_id
             AND assessment.type = 'LONG_TERM'
             AND assessment.completed_date >= first_request.received_date
        ) assessment
    ), served AS (
      SELECT assessed.*, service.started_date
        FROM assessed
        CROSS JOIN LATERAL (
          SELECT MIN(${LINE_START}) AS started_date
            FROM support_plan_line line
            JOIN support_plan plan ON plan.id = line.plan_id AND plan.council_id = line.council_id
           WHERE line.council_id = ${councilId}::uuid
             AND plan.person_id = assessed.person_id
             AND ${LINE_WAS_AGREED}
             AND ${LINE_START} >= assessed.assessed_date
        ) service
    )
    SELECT COUNT(*)::int AS people,
           COUNT(assessed_date)::int AS assessed,
           ${percentile(0.5, Prisma.sql`assessed_date - received_date`)} AS assessment_median,
           ${percentile(0.9, Prisma.sql`assessed_date - received_date`)} AS assessment_p90,
           COUNT(started_date)::int AS served,
           ${percentile(0.5, Prisma.sql`started_date - assessed_date`)} AS service_median,
           ${percentile(0.9, Prisma.sql`started_date - assessed_date`)} AS service_p90
      FROM served`);
  return {
    people: row?.people ?? 0,
    requestToAssessment: {
      people: row?.assessed ?? 0,
      medianDays: row?.assessment_median ?? null,
      percentile90Days: row?.assessment_p90 ?? null,
    },
    assessmentToService: {
      people: row?.served ?? 0,
      medianDays: row?.service_median ?? null,
      percentile90Days: row?.service_p90 ?? null,
    },
  };
}
