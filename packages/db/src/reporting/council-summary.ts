import type { DeploymentMode } from '@openpb/domain/code-lists/deployment-mode';
import type { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import type { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { WEEKS_PER_YEAR } from '@openpb/domain/cost-frequency';
import { financialYearOf, type IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';
import { Prisma } from '../client.ts';
import { AGREED_BUDGET_STATUSES, inForceOn, statusIn } from './as-at-sql.ts';
import { personDetailAsAtSql } from './person-detail-as-at-sql.ts';
import type { ReportSql } from './sql-client.ts';

export interface SpendByCategory {
  /** `null` for spend not yet given a category. */
  readonly category: DpSpendCategory | null;
  readonly entries: number;
  readonly spentPence: Pence;
}

export interface IndicativeVariance {
  readonly primarySupportReason: PrimarySupportReason;
  readonly budgets: number;
  readonly meanVariancePence: Pence;
  readonly medianVariancePence: Pence;
  /** The variances added up (the mean's numerator). */
  readonly totalVariancePence: Pence;
}

export interface AverageWeeklyBudget<K extends string> {
  readonly key: K;
  readonly count: number;
  readonly averageWeeklyPence: Pence;
  /** The annual amounts added up (the average's numerator, before ÷ 52). */
  readonly totalAnnualPence: Pence;
}

export interface CouncilSummaryTotals {
  readonly yearStart: IsoDate;
  readonly committedPence: Pence;
  readonly paidPence: Pence;
  readonly spentPence: Pence;
  readonly spendByCategory: readonly SpendByCategory[];
  readonly indicativeVariance: readonly IndicativeVariance[];
  readonly averageWeeklyByReason: readonly AverageWeeklyBudget<PrimarySupportReason>[];
  readonly averageWeeklyByMode: readonly AverageWeeklyBudget<DeploymentMode>[];
}

/**
 * The council summary on `asOf`, every figure summed by PostgreSQL (integer pence; averages and
 * medians rounded to the penny with PostgreSQL's numeric `round`, halves away from zero):
 * - committed: annual totals of the budget versions signed off and in force on `asOf`, whether or
 *   not they were superseded or ended later (D21);
 * - paid: net amounts of PAID direct payments paid in the financial year of `asOf`, up to it;
 * - spent: SPEND ledger entries posted in that part of the year, as a positive amount, also by
 *   spend category;
 * - indicative variance: final annual total − indicative annual amount, by primary support
 *   reason, over the budgets in force that were built from an indicative budget;
 * - average weekly budget (annual ÷ 52): per budget in force by primary support reason (the
 *   person's as it was on `asOf`, person_detail_history, D61), and per
 *   deployment of those budgets by deployment mode.
 */
export async function councilSummaryTotals(
  db: ReportSql,
  where: { readonly councilId: string; readonly asOf: IsoDate },
): Promise<CouncilSummaryTotals> {
  const { councilId, asOf } = where;
  const yearStart = financialYearOf(asOf).start;
  const budgetsInForce = Prisma.sql`
    SELECT budget.id, budget.annual_total_pence, budget.indicative_budget_id,
           ${personDetailAsAtSql(
             Prisma.sql`person.id`,
             'PRIMARY_SUPPORT_REASON',
             Prisma.sql`${asOf}::date`,
             Prisma.sql`person.primary_support_reason`,
           )} AS primary_support_reason
      FROM personal_budget budget
      JOIN person ON person.id = budget.person_id AND person.council_id = budget.council_id
     WHERE budget.council_id = ${councilId}::uuid
       AND ${statusIn(Prisma.sql`budget.status`, AGREED_BUDGET_STATUSES)}
       AND ${inForceOn(Prisma.sql`budget.effective_from`, Prisma.sql`budget.effective_to`, asOf)}`;
  const spendInYear = Prisma.sql`
    FROM account_transaction
   WHERE council_id = ${councilId}::uuid
     AND kind = 'SPEND'
     AND posted_date BETWEEN ${yearStart}::date AND ${asOf}::date`;
  const weekly = (annual: Prisma.Sql) =>
    Prisma.sql`round(avg(${annual}::numeric) / ${WEEKS_PER_YEAR}::int)::bigint`;

  const [money] = await db.$queryRaw<{ committed: bigint; paid: bigint; spent: bigint }[]>(
    Prisma.sql`
    SELECT (SELECT COALESCE(SUM(annual_total_pence), 0) FROM (${budgetsInForce}) budget)::bigint AS committed,
           (SELECT COALESCE(SUM(net_amount_pence), 0)
              FROM direct_payment
             WHERE council_id = ${councilId}::uuid
               AND status = 'PAID'
               AND paid_date BETWEEN ${yearStart}::date AND ${asOf}::date)::bigint AS paid,
           (SELECT COALESCE(-SUM(amount_pence), 0) ${spendInYear})::bigint AS spent`,
  );
  const categories = await db.$queryRaw<
    { category: DpSpendCategory | null; entries: number; spent: bigint }[]
  >(Prisma.sql`
    SELECT spend_category AS category, COUNT(*)::int AS entries, (-SUM(amount_pence))::bigint AS spent
      ${spendInYear}
     GROUP BY spend_category
     ORDER BY spent DESC, category NULLS LAST`);
  const variances = await db.$queryRaw<
    { reason: PrimarySupportReason; budgets: number; mean: bigint; median: bigint; total: bigint }[]
  >(Prisma.sql`
    WITH variance AS (
      SELECT budget.primary_support_reason,
             budget.annual_total_pence - indicative.annual_amount_pence AS pence
        FROM (${budgetsInForce}) budget
        JOIN indicative_budget indicative
          ON indicative.id = budget.indicative_budget_id
         AND indicative.council_id = ${councilId}::uuid
    )
    SELECT primary_support_reason AS reason, COUNT(*)::int AS budgets,
           round(avg(pence))::bigint AS mean, SUM(pence)::bigint AS total,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY pence))::numeric)::bigint AS median
      FROM variance
     GROUP BY primary_support_reason
     ORDER BY primary_support_reason`);
  const byReason = await db.$queryRaw<
    { key: PrimarySupportReason; count: number; weekly: bigint; total: bigint }[]
  >(Prisma.sql`
    SELECT primary_support_reason AS key, COUNT(*)::int AS count,
           ${weekly(Prisma.sql`annual_total_pence`)} AS weekly,
           SUM(annual_total_pence)::bigint AS total
      FROM (${budgetsInForce}) budget
     GROUP BY primary_support_reason
     ORDER BY primary_support_reason`);
  const byMode = await db.$queryRaw<
    { key: DeploymentMode; count: number; weekly: bigint; total: bigint }[]
  >(
    Prisma.sql`
    SELECT deployment.mode AS key, COUNT(*)::int AS count,
           ${weekly(Prisma.sql`deployment.annual_amount_pence`)} AS weekly,
           SUM(deployment.annual_amount_pence)::bigint AS total
      FROM (${budgetsInForce}) budget
      JOIN budget_deployment deployment
        ON deployment.budget_id = budget.id AND deployment.council_id = ${councilId}::uuid
     GROUP BY deployment.mode
     ORDER BY deployment.mode`,
  );
  const averages = <K extends string>(
    rows: { key: K; count: number; weekly: bigint; total: bigint }[],
  ) =>
    rows.map((row) => ({
      key: row.key,
      count: row.count,
      averageWeeklyPence: Number(row.weekly),
      totalAnnualPence: Number(row.total),
    }));
  return {
    yearStart,
    committedPence: Number(money?.committed ?? 0),
    paidPence: Number(money?.paid ?? 0),
    spentPence: Number(money?.spent ?? 0),
    spendByCategory: categories.map((row) => ({
      category: row.category,
      entries: row.entries,
      spentPence: Number(row.spent),
    })),
    indicativeVariance: variances.map((row) => ({
      primarySupportReason: row.reason,
      budgets: row.budgets,
      meanVariancePence: Number(row.mean),
      medianVariancePence: Number(row.median),
      totalVariancePence: Number(row.total),
    })),
    averageWeeklyByReason: averages(byReason),
    averageWeeklyByMode: averages(byMode),
  };
}
