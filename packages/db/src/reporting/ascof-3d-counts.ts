import type { IsoDate } from '@openpb/domain/dates';
import type { AscofAgeBand } from '@openpb/domain/reporting/ascof-3d';
import type { AscofMethod } from '@openpb/domain/reporting/ascof-3d-age';
import {
  type AscofCohort,
  type AscofCrossCount,
  type AscofPeriod,
  CARER_CLIENT_TYPES,
  CARER_SERVICE_TYPES,
  hierarchyOf,
  LONG_TERM_SERVICE_TYPES,
  SERVICE_USER_CLIENT_TYPES,
} from '@openpb/domain/reporting/ascof-3d-people';
import { Prisma } from '../client.ts';
import { LINE_END, LINE_START, LINE_WAS_AGREED } from './as-at-sql.ts';
import { hierarchyRankSql } from './hierarchy-rank-sql.ts';
import { personDetailAsAtSql } from './person-detail-as-at-sql.ts';
import type { ReportSql } from './sql-client.ts';

/**
 * The columns a source of ASCOF service events must give (the SQL twin of `AscofServiceEvent`):
 * person_id text, record_id text, client_type text, birth_date date, death_date date,
 * service_type text, service_component text, delivery_mechanism text, start_date date,
 * end_date date.
 */
export type AscofEventSource = Prisma.Sql;

/**
 * The council's service events as at `snapshot`: every line of a plan version that was approved
 * (whatever became of it later), never a cancelled one, within its own and its version's dates;
 * the line's id (a UUIDv7, so later lines sort later) stands for DHSC's record id. The client
 * type is the person's as it was at the end of the event (at the snapshot if it ran on), as a
 * CLD row submitted then carried it (person_detail_history, D19): a service user who became an
 * unpaid carer after the snapshot is still a service user on it.
 */
export function councilAscofEventsSql(councilId: string, snapshot: IsoDate): AscofEventSource {
  return Prisma.sql`
    SELECT plan.person_id::text AS person_id, line.id::text AS record_id,
           ${personDetailAsAtSql(
             Prisma.sql`person.id`,
             'CLIENT_TYPE',
             Prisma.sql`LEAST(COALESCE(${LINE_END}, ${snapshot}::date), ${snapshot}::date)`,
             Prisma.sql`person.client_type`,
           )} AS client_type,
           person.birth_date, person.death_date, line.service_type, line.service_component,
           line.delivery_mechanism, ${LINE_START} AS start_date, ${LINE_END} AS end_date
      FROM support_plan_line line
      JOIN support_plan plan ON plan.id = line.plan_id AND plan.council_id = line.council_id
      JOIN person ON person.id = plan.person_id AND person.council_id = line.council_id
     WHERE line.council_id = ${councilId}::uuid
       AND ${LINE_WAS_AGREED}
       AND ${LINE_START} <= ${snapshot}::date
       AND (${LINE_END} IS NULL OR ${LINE_END} >= ${LINE_START})`;
}

const list = (values: readonly string[]) =>
  Prisma.join(values.map((value) => Prisma.sql`${value}`));

/** Age on the snapshot of the event row `line` (ascof-3d-age.ts). */
function ageSql(method: AscofMethod, snapshot: IsoDate): Prisma.Sql {
  return method === 'DHSC'
    ? Prisma.sql`floor((${snapshot}::date - date_trunc('month', line.birth_date)::date) / 365.25)::int`
    : Prisma.sql`date_part('year', age(${snapshot}::date, line.birth_date))::int`;
}

/** Steps 3–4 of ascof-3d-people.ts for one cohort and method, over the events of `from`. */
function placementsSql(
  cohort: AscofCohort,
  method: AscofMethod,
  from: 'lived' | 'unique_event',
  period: AscofPeriod,
): Prisma.Sql {
  const serviceUsers = cohort === 'SERVICE_USERS';
  const since = serviceUsers ? period.snapshot : period.yearStart;
  const clientTypes = serviceUsers ? SERVICE_USER_CLIENT_TYPES : CARER_CLIENT_TYPES;
  const serviceTypes = serviceUsers ? LONG_TERM_SERVICE_TYPES : CARER_SERVICE_TYPES;
  const age = serviceUsers ? Prisma.sql`MAX(age)` : Prisma.sql`MIN(age)`;
  return Prisma.sql`
    SELECT ${cohort}::text AS cohort, ${method}::text AS method, person_id, rank,
           CASE WHEN age < 18 THEN NULL WHEN age < 65 THEN 'AGE_18_TO_64' ELSE 'AGE_65_AND_OVER' END AS band
      FROM (
        SELECT person_id, MIN(rank) AS rank, ${age} AS age
          FROM (
            SELECT line.person_id, ${hierarchyRankSql(hierarchyOf(cohort, method))} AS rank,
                   ${ageSql(method, period.snapshot)} AS age
              FROM ${Prisma.raw(from)} line
             WHERE line.start_date <= ${period.snapshot}::date
               AND (line.derived_end IS NULL OR line.derived_end >= line.start_date)
               AND (line.derived_end IS NULL OR line.derived_end >= ${since}::date)
               AND (line.death_date IS NULL OR line.death_date >= ${since}::date)
               AND line.client_type IN (${list(clientTypes)})
               AND line.service_type IN (${list(serviceTypes)})
          ) event
         GROUP BY person_id
      ) person`;
}

/**
 * ASCOF 3D's cross counts (ascof-3d-people.ts, the rules and their DHSC sources) computed by
 * PostgreSQL from `source`: one row per (cohort, DHSC placement, recorded placement) reaches Node.
 */
export function ascof3dCrossCountsSql(source: AscofEventSource, period: AscofPeriod): Prisma.Sql {
  const placements = (
    [
      ['SERVICE_USERS', 'DHSC', 'unique_event'],
      ['SERVICE_USERS', 'RECORDED', 'lived'],
      ['CARERS', 'DHSC', 'unique_event'],
      ['CARERS', 'RECORDED', 'lived'],
    ] as const
  ).map(([cohort, method, from]) => placementsSql(cohort, method, from, period));
  return Prisma.sql`
    WITH event AS (${source}),
    lived AS (
      SELECT event.*,
             CASE WHEN event.death_date IS NOT NULL
                   AND ((event.end_date IS NULL AND event.death_date > event.start_date)
                        OR event.death_date BETWEEN event.start_date AND event.end_date)
                  THEN event.death_date ELSE event.end_date END AS derived_end
        FROM event
       WHERE event.death_date IS NULL OR event.death_date >= event.start_date
    ),
    unique_event AS (
      SELECT * FROM (
        SELECT lived.*,
               ROW_NUMBER() OVER (
                 PARTITION BY person_id, start_date, client_type, service_type, service_component
                 ORDER BY derived_end DESC NULLS FIRST, record_id COLLATE "C" DESC
               ) AS kept
          FROM lived
      ) ranked
       WHERE kept = 1
    ),
    placement AS (
      SELECT * FROM (${Prisma.join(placements, ' UNION ALL ')}) placed
       WHERE rank IS NOT NULL AND band IS NOT NULL
    )
    SELECT COALESCE(dhsc.cohort, recorded.cohort) AS cohort,
           dhsc.rank AS dhsc_rank, dhsc.band AS dhsc_band,
           recorded.rank AS recorded_rank, recorded.band AS recorded_band,
           COUNT(*)::int AS people
      FROM (SELECT * FROM placement WHERE method = 'DHSC') dhsc
      FULL JOIN (SELECT * FROM placement WHERE method = 'RECORDED') recorded
        ON recorded.cohort = dhsc.cohort AND recorded.person_id = dhsc.person_id
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY COALESCE(dhsc.cohort, recorded.cohort) = 'CARERS', dhsc.rank NULLS LAST,
              dhsc.band COLLATE "C", recorded.rank NULLS LAST, recorded.band COLLATE "C"`;
}

interface CrossRow {
  cohort: AscofCohort;
  dhsc_rank: number | null;
  dhsc_band: AscofAgeBand | null;
  recorded_rank: number | null;
  recorded_band: AscofAgeBand | null;
  people: number;
}

const placementOf = (rank: number | null, band: AscofAgeBand | null) =>
  rank === null || band === null ? null : { rank, band };

export async function ascof3dCrossCountsOf(
  db: ReportSql,
  source: AscofEventSource,
  period: AscofPeriod,
): Promise<AscofCrossCount[]> {
  const rows = await db.$queryRaw<CrossRow[]>(ascof3dCrossCountsSql(source, period));
  return rows.map((row) => ({
    cohort: row.cohort,
    dhsc: placementOf(row.dhsc_rank, row.dhsc_band),
    recorded: placementOf(row.recorded_rank, row.recorded_band),
    people: row.people,
  }));
}

/** The council's ASCOF 3D cross counts as at `snapshot` (carers over `[yearStart, snapshot]`). */
export function ascof3dCrossCounts(
  db: ReportSql,
  where: { readonly councilId: string; readonly snapshot: IsoDate; readonly yearStart: IsoDate },
): Promise<AscofCrossCount[]> {
  return ascof3dCrossCountsOf(db, councilAscofEventsSql(where.councilId, where.snapshot), where);
}
