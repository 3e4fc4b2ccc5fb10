import type { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import { addDays, type IsoDate, maxDate } from '@openpb/domain/dates';
import type { Random } from './random.ts';
import type { RowBatch } from './row-batch.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

/** A spend as an app submits it, and what the council decided (D98). */
interface SpendProfile {
  readonly counterpartyName: string;
  readonly counterpartyType: string;
  readonly spendCategory: string;
  /** Money out of the account, in pence (the row holds it negative). */
  readonly pence: number;
  readonly evidenceRef: string;
  /** Days before the data set's date that the money left the account. */
  readonly spentDaysAgo: number;
  readonly decision:
    | { readonly status: 'SUBMITTED' }
    | { readonly status: 'ACCEPTED' }
    | { readonly status: 'REJECTED'; readonly reason: string; readonly note: string | null };
}

/**
 * What a brokerage submits for the people whose delegation lets it: a managed account's
 * payroll and insurance (MANAGE_DP_ACCOUNT), a person's transport and day centre receipts
 * (SUBMIT_EVIDENCE). Most await the finance officer's review; one was accepted onto the ledger
 * and one rejected as already recorded, so the finance officer's workspace has a list to review
 * and the account shows both outcomes.
 */
const SPENDS: Readonly<Partial<Record<DelegationScope, readonly SpendProfile[]>>> = {
  MANAGE_DP_ACCOUNT: [
    {
      counterpartyName: 'Hartley Insurance Brokers',
      counterpartyType: 'INSURER',
      spendCategory: 'EMPLOYERS_LIABILITY_INSURANCE',
      pence: 9_600,
      evidenceRef: 'HIB-POL-44812',
      spentDaysAgo: 26,
      decision: { status: 'ACCEPTED' },
    },
    {
      counterpartyName: 'Carewell Payroll Services',
      counterpartyType: 'PAYROLL',
      spendCategory: 'PAYROLL_SERVICE',
      pence: 2_400,
      evidenceRef: 'CPS-INV-0931',
      spentDaysAgo: 6,
      decision: { status: 'SUBMITTED' },
    },
  ],
  SUBMIT_EVIDENCE: [
    {
      counterpartyName: 'Meadowbank Day Centre',
      counterpartyType: 'PROVIDER',
      spendCategory: 'DAY_ACTIVITY',
      pence: 6_200,
      evidenceRef: 'MDC-INV-5521',
      spentDaysAgo: 19,
      decision: {
        status: 'REJECTED',
        reason: 'DUPLICATE',
        note: 'The day centre’s invoice is on the account already, from the council’s payment.',
      },
    },
    {
      counterpartyName: 'Riverside Community Transport',
      counterpartyType: 'PROVIDER',
      spendCategory: 'TRANSPORT',
      pence: 3_850,
      evidenceRef: 'RCT-1187',
      spentDaysAgo: 9,
      decision: { status: 'SUBMITTED' },
    },
    {
      counterpartyName: 'Meadowbank Day Centre',
      counterpartyType: 'PROVIDER',
      spendCategory: 'DAY_ACTIVITY',
      pence: 6_200,
      evidenceRef: 'MDC-INV-5604',
      spentDaysAgo: 4,
      decision: { status: 'SUBMITTED' },
    },
  ],
};

export interface SpendContext {
  readonly delegation: TableRows['delegation'];
  readonly agreement: TableRows['directPaymentAgreement'];
  /** The council's direct payments officer who decided; none: only submissions awaiting review. */
  readonly deciderId: string | null;
  readonly asOf: IsoDate;
}

/**
 * The spend a brokerage submitted under a delegation holding MANAGE_DP_ACCOUNT or
 * SUBMIT_EVIDENCE (D94): within the delegation and the agreement's dates, submitted the day after
 * the money left the account and decided two days later; an accepted one with its SPEND entry on
 * the ledger (as acceptSpendSubmission posts it), a rejected one with its reason.
 */
export function generateSpendSubmissions(
  random: Random,
  context: SpendContext,
  rows: RowBatch,
): void {
  const { delegation, agreement, asOf } = context;
  const profiles = delegation.scopes.flatMap((scope) => SPENDS[scope as DelegationScope] ?? []);
  for (const spend of profiles) {
    const decided = spend.decision.status !== 'SUBMITTED';
    if (decided && context.deciderId === null) continue;
    const postedDate = maxDate(
      maxDate(delegation.validFrom, agreement.startDate),
      addDays(asOf, -spend.spentDaysAgo),
    );
    const submittedAt = timestampOn(addDays(postedDate, 1), 10, random.int(0, 59));
    const decidedAt = decided ? timestampOn(addDays(postedDate, 3), 14, random.int(0, 59)) : null;
    const common = {
      councilId: delegation.councilId,
      agreementId: agreement.id,
      postedDate,
      amountPence: -spend.pence,
      counterpartyName: spend.counterpartyName,
      counterpartyType: spend.counterpartyType,
      spendCategory: spend.spendCategory,
      matchedPlanLineId: null,
      evidenceRef: spend.evidenceRef,
      delegationId: delegation.id,
    };
    let transactionId: string | null = null;
    if (spend.decision.status === 'ACCEPTED' && decidedAt) {
      // never beyond the balance, as the ledger's own spend (an account is never overdrawn)
      if (balanceOf(rows, agreement.id) < spend.pence) continue;
      transactionId = random.uuid();
      rows.add('accountTransaction', {
        ...common,
        id: transactionId,
        kind: 'SPEND',
        flag: null,
        paymentId: null,
        recoveryId: null,
        createdAt: decidedAt,
      });
    }
    rows.add('spendSubmission', {
      ...common,
      id: random.uuid(),
      personId: delegation.personId,
      organisationId: delegation.organisationId,
      status: spend.decision.status,
      submittedAt,
      decidedAt,
      decidedById: decided ? context.deciderId : null,
      rejectionReason: spend.decision.status === 'REJECTED' ? spend.decision.reason : null,
      rejectionNote: spend.decision.status === 'REJECTED' ? spend.decision.note : null,
      transactionId,
    });
  }
}

/** The account's balance from the entries generated so far (its person's rows are in the batch). */
function balanceOf(rows: RowBatch, agreementId: string): number {
  return rows.rows.accountTransaction
    .filter((entry) => entry.agreementId === agreementId)
    .reduce((sum, entry) => sum + entry.amountPence, 0);
}
