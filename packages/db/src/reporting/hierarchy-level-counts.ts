import type { ClientType } from '@openpb/domain/code-lists/client-type';
import type { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import type { IsoDate } from '@openpb/domain/dates';
import type { AscofAgeBand, LevelCount } from '@openpb/domain/reporting/ascof-3d';
import { type LineHierarchy, levelOfRank } from '@openpb/domain/reporting/line-hierarchy';
import { Prisma } from '../client.ts';
import { hierarchyRankSql } from './hierarchy-rank-sql.ts';
import type { ReportSql } from './sql-client.ts';

export interface HierarchyCohort<L extends string> {
  readonly councilId: string;
  readonly hierarchy: LineHierarchy<L>;
  readonly clientType: ClientType;
  /** Lines count when active on any day of `[activeFrom, activeTo]` (a snapshot: both equal). */
  readonly activeFrom: IsoDate;
  readonly activeTo: IsoDate;
  readonly planStatuses: readonly SupportPlanStatus[];
  readonly lineStatuses: readonly PlanLineStatus[];
}

interface RankRow {
  rank: number;
  age_band: AscofAgeBand;
  people: number;
}

/**
 * People of a cohort counted once at their best hierarchy level, by ASCOF age band, grouped by
 * PostgreSQL: one row per (level, band) reaches Node. Adults only (18 or over at `activeTo`, the
 * age band is also taken then); people who died before `activeFrom` are left out.
 */
export async function hierarchyLevelCounts<L extends string>(
  db: ReportSql,
  cohort: HierarchyCohort<L>,
): Promise<LevelCount<L>[]> {
  const { councilId, activeFrom, activeTo } = cohort;
  const rows = await db.$queryRaw<RankRow[]>(Prisma.sql`
    WITH ranked AS (
      SELECT person.id, person.birth_date, MIN(${hierarchyRankSql(cohort.hierarchy)}) AS top_rank
        FROM support_plan_line line
        JOIN support_plan plan ON plan.id = line.plan_id AND plan.council_id = line.council_id
        JOIN person ON person.id = plan.person_id AND person.council_id = line.council_id
       WHERE line.council_id = ${councilId}::uuid
         AND plan.status IN (${Prisma.join(cohort.planStatuses)})
         AND line.status IN (${Prisma.join(cohort.lineStatuses)})
         AND line.start_date <= ${activeTo}::date
         AND (line.end_date IS NULL OR line.end_date >= ${activeFrom}::date)
         AND person.client_type = ${cohort.clientType}
         AND (person.death_date IS NULL OR person.death_date >= ${activeFrom}::date)
         AND person.birth_date <= (${activeTo}::date - interval '18 years')
       GROUP BY person.id, person.birth_date
    )
    SELECT top_rank AS rank,
           CASE WHEN birth_date <= (${activeTo}::date - interval '65 years')
                THEN 'AGE_65_AND_OVER' ELSE 'AGE_18_TO_64' END AS age_band,
           COUNT(*)::int AS people
      FROM ranked
     WHERE top_rank IS NOT NULL
     GROUP BY 1, 2
     ORDER BY 1, 2`);
  return rows.map((row) => ({
    level: levelOfRank(cohort.hierarchy, row.rank),
    ageBand: row.age_band,
    people: row.people,
  }));
}
