import type { IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';
import { Prisma } from '../client.ts';
import { inForceOn, STARTED_AGREEMENT_STATUSES, statusIn } from './as-at-sql.ts';
import {
  afterPosition,
  countRows,
  type KeysetPage,
  type KeysetRows,
  keysetRows,
  limitOf,
} from './keyset.ts';
import type { ReportSql } from './sql-client.ts';

/** A position in the list's order: recoverable amount (largest first), then agreement id. */
export interface SurplusPosition {
  readonly recoverablePence: Pence;
  readonly agreementId: string;
}

export interface DirectPaymentSurplusRow extends SurplusPosition {
  readonly personId: string;
  readonly closingBalancePence: Pence;
  readonly weeklyNetPence: Pence;
  readonly contingencyAllowancePence: Pence;
}

interface Row {
  agreement_id: string;
  person_id: string;
  closing_balance: bigint;
  weekly_net: bigint;
  contingency_allowance: bigint;
  recoverable: bigint;
}

interface SurplusesWhere {
  readonly councilId: string;
  readonly asOf: IsoDate;
  readonly minRecoverablePence: Pence;
}

/** The surpluses the list shows, before paging. */
function surplusesSql(where: SurplusesWhere): Prisma.Sql {
  const { councilId, asOf } = where;
  return Prisma.sql`
    WITH balance AS (
      SELECT agreement.id AS agreement_id, agreement.person_id,
             COALESCE(ledger.closing_balance, 0)::bigint AS closing_balance,
             (CASE WHEN agreement.payment_basis = 'NET'
                   THEN GREATEST(agreement.weekly_gross_pence - agreement.weekly_contribution_pence, 0)
                   ELSE agreement.weekly_gross_pence END)::bigint AS weekly_net,
             agreement.contingency_weeks_hundredths
        FROM direct_payment_agreement agreement
        LEFT JOIN LATERAL (
          SELECT SUM(entry.amount_pence) AS closing_balance
            FROM account_transaction entry
           WHERE entry.council_id = agreement.council_id
             AND entry.agreement_id = agreement.id
             AND entry.posted_date <= ${asOf}::date
        ) ledger ON true
       WHERE agreement.council_id = ${councilId}::uuid
         AND ${statusIn(Prisma.sql`agreement.status`, STARTED_AGREEMENT_STATUSES)}
         AND ${inForceOn(Prisma.sql`agreement.start_date`, Prisma.sql`agreement.end_date`, asOf)}
    ), allowance AS (
      SELECT *, (weekly_net * contingency_weeks_hundredths + 50) / 100 AS contingency_allowance
        FROM balance
    ), surplus AS (
      SELECT *, closing_balance - contingency_allowance AS recoverable FROM allowance
    )
    SELECT * FROM surplus
     WHERE recoverable > 0
       AND recoverable >= ${where.minRecoverablePence}::bigint`;
}

/** How many agreements the list has (its totalCount). */
export function directPaymentSurplusesCount(db: ReportSql, where: SurplusesWhere): Promise<number> {
  return countRows(db, surplusesSql(where));
}

/**
 * Agreements running on `asOf` (started by it and not ended before it, whatever their status
 * today, D21) whose account held more than the contingency allowance (I-12), summed by
 * PostgreSQL over each ledger: closing balance = every entry posted by `asOf`; weekly net = gross
 * less contribution on a NET basis (never below 0, I-9), else gross; contingency allowance =
 * weekly net × contingency weeks, rounded half-up to the penny; recoverable = closing balance −
 * allowance (no outstanding liabilities are known to the ledger). Largest recoverable first.
 */
export async function directPaymentSurplusesPage(
  db: ReportSql,
  where: SurplusesWhere,
  page: KeysetPage<SurplusPosition>,
): Promise<KeysetRows<DirectPaymentSurplusRow>> {
  const position = page.after
    ? [
        Prisma.sql`${-page.after.recoverablePence}::bigint`,
        Prisma.sql`${page.after.agreementId}::uuid`,
      ]
    : null;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT agreement_id::text, person_id::text, closing_balance, weekly_net, contingency_allowance,
           recoverable
      FROM (${surplusesSql(where)}) surplus
     WHERE true ${afterPosition([Prisma.sql`-recoverable`, Prisma.sql`agreement_id`], position)}
     ORDER BY -recoverable, agreement_id
     ${limitOf(page)}`);
  return keysetRows(
    rows.map((row) => ({
      agreementId: row.agreement_id,
      personId: row.person_id,
      closingBalancePence: Number(row.closing_balance),
      weeklyNetPence: Number(row.weekly_net),
      contingencyAllowancePence: Number(row.contingency_allowance),
      recoverablePence: Number(row.recoverable),
    })),
    page,
  );
}
