import type { StaffQualification } from '@openpb/domain/code-lists/staff-qualification';
import type { IsoDate } from '@openpb/domain/dates';
import { Prisma } from '../client.ts';
import type { ReportSql } from './sql-client.ts';

export interface QualificationCaseload {
  readonly qualification: StaffQualification;
  /** Active staff with the qualification, and any inactive ones still holding open cases. */
  readonly workers: number;
  /** Allocations open on the date held by them. */
  readonly openCases: number;
  /** Their full-time equivalents summed, in hundredths (100 = one full-time worker). */
  readonly fteHundredths: number;
  /** Open cases ÷ FTE, to two decimal places; `null` when the FTE is 0. */
  readonly casesPerFte: number | null;
}

/**
 * Caseload by qualification (domain.md §6.6) on a date, grouped by PostgreSQL: one row per
 * qualification held in the council, in qualification order.
 */
export async function caseloadByQualification(
  db: ReportSql,
  where: { readonly councilId: string; readonly on: IsoDate },
): Promise<QualificationCaseload[]> {
  const { councilId, on } = where;
  const rows = await db.$queryRaw<
    {
      qualification: StaffQualification;
      workers: number;
      open_cases: number;
      fte_hundredths: number;
      cases_per_fte: number | null;
    }[]
  >(Prisma.sql`
    WITH worker AS (
      SELECT staff.qualification, staff.fte_hundredths, staff.active,
             (SELECT COUNT(*)
                FROM allocation
               WHERE allocation.council_id = staff.council_id
                 AND allocation.staff_id = staff.id
                 AND allocation.from_date <= ${on}::date
                 AND (allocation.to_date IS NULL OR allocation.to_date >= ${on}::date)
             )::int AS open_cases
        FROM staff_member staff
       WHERE staff.council_id = ${councilId}::uuid
    )
    SELECT qualification, COUNT(*)::int AS workers, SUM(open_cases)::int AS open_cases,
           SUM(fte_hundredths)::int AS fte_hundredths,
           round(SUM(open_cases) * 100.0 / NULLIF(SUM(fte_hundredths), 0), 2)::float8 AS cases_per_fte
      FROM worker
     WHERE active OR open_cases > 0
     GROUP BY qualification
     ORDER BY qualification`);
  return rows.map((row) => ({
    qualification: row.qualification,
    workers: row.workers,
    openCases: row.open_cases,
    fteHundredths: row.fte_hundredths,
    casesPerFte: row.cases_per_fte,
  }));
}
