import { periodCostPence } from '@openpb/domain/cost-frequency';
import { addDays, compareDates, type IsoDate, isAfter, minDate } from '@openpb/domain/dates';
import { PAYMENTS_PER_YEAR } from '@openpb/domain/payment-schedule';
import {
  contingencyAllowancePence,
  recoverablePence,
  surplusPence,
} from '@openpb/domain/rules/surplus-recovery';
import type { DirectPaymentArrangement } from './direct-payment-arrangement.ts';
import type { AgreementRow, DirectPaymentRow } from './direct-payment-generator.ts';
import type { PlannedLine } from './plan-generator.ts';
import type { Random } from './random.ts';
import type { RowBatch } from './row-batch.ts';
import type { StaffRow } from './staff-generator.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

export type AccountTransactionRow = TableRows['accountTransaction'];

/** Chance that a period's contribution reaches the account (some are paid late or missed). */
const CONTRIBUTION_PAID = 0.92;
/** Chance of an out-of-plan purchase in a period. */
const OUT_OF_PLAN = 0.03;
/** Chance that an agreement with a year of history has had its annual audit (surplus always). */
const AUDITED = 0.25;
/** Periods in the audited first year of a four-weekly schedule. */
const AUDIT_PERIODS = 13;

/** What an entry says; the rest of the row is filled in when it is posted. */
type EntryFields = Pick<
  AccountTransactionRow,
  'kind' | 'postedDate' | 'amountPence' | 'counterpartyName' | 'counterpartyType'
> &
  Partial<AccountTransactionRow>;

interface LedgerContext {
  readonly councilName: string;
  readonly agreement: AgreementRow;
  readonly payments: readonly DirectPaymentRow[];
  /** The plan's direct payment lines, which say what the account buys and how often. */
  readonly lines: readonly PlannedLine[];
  readonly arrangement: DirectPaymentArrangement;
  readonly auditors: readonly StaffRow[];
  readonly asOf: IsoDate;
}

/**
 * The account ledger of one agreement from its opening: each payment in, the person's
 * contribution, spend on what the plan buys (wages every period, on-costs and payroll quarterly,
 * insurance yearly…) never beyond the balance, a few out-of-plan purchases; for some agreements
 * the first year's audit and, when the surplus is above the contingency allowance, a recovery.
 * The closing balance is the sum of the entries.
 */
export function generateAccountActivity(random: Random, context: LedgerContext, rows: RowBatch) {
  const { agreement, arrangement, asOf } = context;
  let balance = 0;
  const posted: AccountTransactionRow[] = [];
  const post = (fields: EntryFields) => {
    const row: AccountTransactionRow = {
      id: random.uuid(),
      councilId: agreement.councilId,
      agreementId: agreement.id,
      spendCategory: null,
      flag: null,
      matchedPlanLineId: null,
      paymentId: null,
      recoveryId: null,
      evidenceRef: null,
      delegationId: null,
      createdAt: timestampOn(fields.postedDate, 18),
      ...fields,
    };
    posted.push(row);
    rows.add('accountTransaction', row);
    balance += row.amountPence;
  };
  const spend = (amount: number, fields: Omit<EntryFields, 'kind' | 'amountPence'>) => {
    const affordable = Math.min(Math.round(amount), balance);
    if (affordable > 0) post({ kind: 'SPEND', amountPence: -affordable, ...fields });
  };
  const perYear = PAYMENTS_PER_YEAR[agreement.paymentFrequency as keyof typeof PAYMENTS_PER_YEAR];
  const paid = context.payments.filter((payment) => payment.status === 'PAID');
  const audited =
    paid.length >= AUDIT_PERIODS && (arrangement.utilisation < 0.85 || random.chance(AUDITED));
  paid.forEach((payment, index) => {
    const paidDate = payment.paidDate ?? payment.dueDate;
    if (payment.netAmountPence > 0) {
      post({
        kind: 'PAYMENT_IN',
        postedDate: paidDate,
        amountPence: payment.netAmountPence,
        counterpartyName: context.councilName,
        counterpartyType: 'LA',
        paymentId: payment.id,
      });
    }
    if (payment.contributionDeductedPence > 0 && random.chance(CONTRIBUTION_PAID)) {
      post({
        kind: 'CONTRIBUTION_IN',
        postedDate: minDate(asOf, addDays(paidDate, random.int(0, 6))),
        amountPence: payment.contributionDeductedPence,
        counterpartyName: 'Own contribution',
        counterpartyType: 'OTHER',
      });
    }
    const spentOn = minDate(asOf, addDays(payment.periodEnd, -random.int(0, 4)));
    if (compareDates(spentOn, paidDate) >= 0) {
      for (const line of context.lines) {
        const what = line.recipe.spend;
        if (!what) continue;
        const every = Math.min(what.everyPeriods, perYear);
        if ((index + 1) % every !== 0) continue;
        const due = periodCostPence(line.weeklyCostPence, payment.periodStart, payment.periodEnd);
        spend(due * every * arrangement.utilisation * (0.97 + 0.06 * random.next()), {
          postedDate: spentOn,
          counterpartyName: what.counterparty,
          counterpartyType: what.counterpartyType,
          spendCategory: what.category,
          matchedPlanLineId: line.row.id,
        });
      }
      if (random.chance(OUT_OF_PLAN)) {
        spend(random.int(15, 120) * 100, {
          postedDate: spentOn,
          counterpartyName: 'Retail purchase',
          counterpartyType: 'RETAIL',
          spendCategory: 'OTHER',
          flag: 'OUT_OF_PLAN',
        });
      }
    }
    if (audited && index === AUDIT_PERIODS - 1) {
      auditFirstYear(random, context, posted, { post, balanceNow: () => balance }, rows);
    }
  });
}

/**
 * The first year's audit (domain.md §4.4, I-12): balances from the ledger, the surplus over
 * outstanding wages, the contingency allowance, and the recoverable amount; a recovery for a
 * surplus above the allowance, swept from a card after notice or invoiced.
 */
function auditFirstYear(
  random: Random,
  context: LedgerContext,
  posted: readonly AccountTransactionRow[],
  ledger: {
    post: (fields: EntryFields) => void;
    balanceNow: () => number;
  },
  rows: RowBatch,
) {
  const { agreement, asOf } = context;
  const first = context.payments[0];
  const last = context.payments[AUDIT_PERIODS - 1];
  if (!first || !last) return;
  const periodEnd = last.periodEnd;
  const completed = addDays(periodEnd, random.int(14, 42));
  if (isAfter(completed, asOf)) return;
  const inPeriod = posted.filter((entry) => !isAfter(entry.postedDate, periodEnd));
  const total = (kind: string) =>
    inPeriod
      .filter((entry) => entry.kind === kind)
      .reduce((sum, entry) => sum + entry.amountPence, 0);
  const paidInLa = total('PAYMENT_IN');
  const paidInClient = total('CONTRIBUTION_IN');
  const spent = -total('SPEND');
  const closing = paidInLa + paidInClient - spent;
  const main = context.lines.find((line) => line.recipe.spend?.everyPeriods === 1);
  const outstanding = main
    ? periodCostPence(main.weeklyCostPence, last.periodStart, last.periodEnd)
    : 0;
  const surplus = surplusPence(closing, outstanding);
  const weeklyNet =
    agreement.paymentBasis === 'NET'
      ? agreement.weeklyGrossPence - agreement.weeklyContributionPence
      : agreement.weeklyGrossPence;
  const contingency = contingencyAllowancePence(
    weeklyNet,
    agreement.contingencyWeeksHundredths / 100,
  );
  const recoverable = recoverablePence(surplus, contingency);
  const outOfPlan = -inPeriod
    .filter((entry) => entry.flag === 'OUT_OF_PLAN')
    .reduce((sum, entry) => sum + entry.amountPence, 0);
  const findings = [
    ...(recoverable > 0
      ? [
          {
            code: 'SURPLUS_ABOVE_CONTINGENCY',
            detail: 'The balance is above the contingency allowance.',
            amountPence: recoverable,
          },
        ]
      : []),
    ...(outOfPlan > 0
      ? [
          {
            code: 'OUT_OF_PLAN_SPEND',
            detail: 'Purchases that the support plan does not cover.',
            amountPence: outOfPlan,
          },
        ]
      : []),
  ];
  const auditId = random.uuid();
  rows.add('directPaymentAudit', {
    id: auditId,
    councilId: agreement.councilId,
    agreementId: agreement.id,
    periodStart: first.periodStart,
    periodEnd,
    openingBalancePence: 0,
    paidInLaPence: paidInLa,
    paidInClientPence: paidInClient,
    spentPence: spent,
    closingBalancePence: closing,
    expectedSpendPence: agreement.weeklyGrossPence * 52,
    surplusPence: surplus,
    contingencyAllowancePence: contingency,
    recoverablePence: recoverable,
    findings,
    outcome: recoverable > 0 ? 'RECOVERY_RAISED' : outOfPlan > 0 ? 'ADVICE_GIVEN' : 'NO_ACTION',
    auditorId: random.pick(context.auditors).id,
    completedDate: completed,
  });
  const amount = Math.min(recoverable, ledger.balanceNow());
  if (amount <= 0) return;
  const notified = addDays(completed, random.int(1, 10));
  const recoveredOn = addDays(notified, random.int(14, 28));
  const wasNotified = !isAfter(notified, asOf);
  const settled = !isAfter(recoveredOn, asOf) && random.chance(0.85);
  const recoveryId = random.uuid();
  rows.add('recovery', {
    id: recoveryId,
    councilId: agreement.councilId,
    agreementId: agreement.id,
    auditId,
    reason: 'SURPLUS',
    method: agreement.accountType === 'PREPAID_CARD' ? 'CARD_SWEEP' : 'INVOICE',
    status: settled
      ? 'RECOVERED'
      : !wasNotified
        ? 'PROPOSED'
        : isAfter(recoveredOn, asOf)
          ? 'NOTIFIED'
          : 'DISPUTED',
    amountPence: amount,
    recoveredPence: settled ? amount : 0,
    raisedDate: completed,
    notifiedDate: wasNotified ? notified : null,
  });
  if (settled) {
    ledger.post({
      kind: 'RECOVERY',
      postedDate: recoveredOn,
      amountPence: -amount,
      counterpartyName: context.councilName,
      counterpartyType: 'LA',
      spendCategory: 'REFUND_TO_LA',
      recoveryId,
    });
  }
}
