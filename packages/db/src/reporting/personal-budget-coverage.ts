import type { IsoDate } from '@openpb/domain/dates';
import { Prisma } from '../client.ts';
import { AGREED_BUDGET_STATUSES, aliveOn, inForceOn, statusIn } from './as-at-sql.ts';
import type { ReportSql } from './sql-client.ts';

export interface PersonalBudgetCoverageCounts {
  /** Living people with a completed long-term assessment that found eligible needs. */
  readonly withEligibleNeeds: number;
  /** Of those, people with a signed-off personal budget in effect on the date. */
  readonly withSignedOffBudget: number;
}

/**
 * The Putting People First view (domain.md §3.4, §6.6 "PB coverage") as at a date, counted by
 * PostgreSQL in one statement: a budget version signed off and in force on the date counts even
 * if it was superseded or ended later (D21).
 */
export async function personalBudgetCoverageCounts(
  db: ReportSql,
  where: { readonly councilId: string; readonly on: IsoDate },
): Promise<PersonalBudgetCoverageCounts> {
  const { councilId, on } = where;
  const [row] = await db.$queryRaw<{ eligible: number; budgeted: number }[]>(Prisma.sql`
    SELECT COUNT(*)::int AS eligible,
           COUNT(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM personal_budget budget
              WHERE budget.person_id = person.id
                AND budget.council_id = person.council_id
                AND ${statusIn(Prisma.sql`budget.status`, AGREED_BUDGET_STATUSES)}
                AND ${inForceOn(Prisma.sql`budget.effective_from`, Prisma.sql`budget.effective_to`, on)}
           ))::int AS budgeted
      FROM person
     WHERE person.council_id = ${councilId}::uuid
       AND ${aliveOn(Prisma.sql`person`, on)}
       AND EXISTS (
         SELECT 1 FROM assessment
          WHERE assessment.person_id = person.id
            AND assessment.council_id = person.council_id
            AND assessment.type = 'LONG_TERM'
            AND assessment.eligible IS TRUE
            AND assessment.completed_date <= ${on}::date
       )`);
  return { withEligibleNeeds: row?.eligible ?? 0, withSignedOffBudget: row?.budgeted ?? 0 };
}
