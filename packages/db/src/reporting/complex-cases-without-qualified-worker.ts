import type { StaffQualification } from '@openpb/domain/code-lists/staff-qualification';
import type { IsoDate } from '@openpb/domain/dates';
import { Prisma } from '../client.ts';
import {
  afterPosition,
  countRows,
  type KeysetPage,
  type KeysetRows,
  keysetRows,
  limitOf,
} from './keyset.ts';
import type { ReportSql } from './sql-client.ts';

/** A position in the list's order: allocation start, then allocation id. */
export interface AllocationPosition {
  readonly fromDate: IsoDate;
  readonly allocationId: string;
}

export interface UnqualifiedCaseRow extends AllocationPosition {
  readonly personId: string;
  readonly staffId: string;
  readonly highComplexity: boolean;
  readonly openSafeguardingConcern: boolean;
}

interface Row {
  id: string;
  from_date: string;
  person_id: string;
  staff_id: string;
  high_complexity: boolean;
  open_safeguarding: boolean;
}

/**
 * Allocations open on `on` whose case is HIGH complexity or whose person has a safeguarding
 * concern open on `on`, held by a worker without one of the `qualifying` qualifications (I-6),
 * longest held first.
 */
export async function complexCasesWithoutQualifiedWorkerPage(
  db: ReportSql,
  where: ComplexCasesWhere,
  page: KeysetPage<AllocationPosition>,
): Promise<KeysetRows<UnqualifiedCaseRow>> {
  const position = page.after
    ? [Prisma.sql`${page.after.fromDate}::date`, Prisma.sql`${page.after.allocationId}::uuid`]
    : null;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT id::text AS id, from_date::text AS from_date, person_id, staff_id, high_complexity,
           open_safeguarding
      FROM (${complexCasesSql(where)}) held
     WHERE true ${afterPosition([Prisma.sql`from_date`, Prisma.sql`id`], position)}
     ORDER BY from_date, id
     ${limitOf(page)}`);
  return keysetRows(
    rows.map((row) => ({
      allocationId: row.id,
      fromDate: row.from_date,
      personId: row.person_id,
      staffId: row.staff_id,
      highComplexity: row.high_complexity,
      openSafeguardingConcern: row.open_safeguarding,
    })),
    page,
  );
}

interface ComplexCasesWhere {
  readonly councilId: string;
  readonly on: IsoDate;
  readonly qualifying: readonly StaffQualification[];
}

/** How many cases the list has (its totalCount). */
export function complexCasesWithoutQualifiedWorkerCount(
  db: ReportSql,
  where: ComplexCasesWhere,
): Promise<number> {
  return countRows(db, complexCasesSql(where));
}

/** The cases the list shows, before paging. */
function complexCasesSql(where: ComplexCasesWhere): Prisma.Sql {
  const { councilId, on } = where;
  return Prisma.sql`
    SELECT * FROM (
      SELECT allocation.id, allocation.from_date, allocation.person_id::text,
             allocation.staff_id::text, allocation.complexity = 'HIGH' AS high_complexity,
             EXISTS (
               SELECT 1 FROM safeguarding_concern concern
                WHERE concern.council_id = allocation.council_id
                  AND concern.person_id = allocation.person_id
                  AND concern.raised_date <= ${on}::date
                  AND (concern.closed_date IS NULL OR concern.closed_date > ${on}::date)
             ) AS open_safeguarding
        FROM allocation
        JOIN staff_member staff
          ON staff.id = allocation.staff_id AND staff.council_id = allocation.council_id
       WHERE allocation.council_id = ${councilId}::uuid
         AND allocation.from_date <= ${on}::date
         AND (allocation.to_date IS NULL OR allocation.to_date >= ${on}::date)
         AND staff.qualification NOT IN (${Prisma.join(where.qualifying)})
    ) held
     WHERE (high_complexity OR open_safeguarding)`;
}
