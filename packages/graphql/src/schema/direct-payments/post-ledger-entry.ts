import type { Prisma } from '@openpb/db/client';
import type { AccountTransactionInput } from '@openpb/domain/entities/account-transaction';
import { toDbDate } from '../../business-dates.ts';
import { type EventCollector, uuidV7 } from '../../events/event-collector.ts';
import { once } from '../../write-steps/idempotency.ts';
import { planLineOfPerson } from './plan-line-of-person.ts';
import { requireActiveAgreement } from './require-active-agreement.ts';

export interface LedgerEntryPosting {
  readonly councilId: string;
  /** The agreement, loaded (and locked) for the change. */
  readonly agreement: { readonly id: string; readonly personId: string; readonly status: string };
  /** The entry, checked by the domain (`accountTransactionInputSchema`). */
  readonly entry: AccountTransactionInput;
  readonly idempotencyKey: string;
  readonly operation: string;
  /** The mutation's events (a repeat records none). */
  readonly events: EventCollector;
  /** Where the entry comes from when a third-party app submits it. */
  readonly origin?: { readonly evidenceRef: string; readonly delegationId: string };
}

/**
 * Posts an entry on a direct payment account ledger once per idempotency key: money moves only on
 * an active agreement, and a matched plan line must be one of the person's. A repeat with the same
 * key and entry returns the first entry; the same key with another entry is a conflict.
 */
export async function postLedgerEntry(tx: Prisma.TransactionClient, posting: LedgerEntryPosting) {
  const { councilId, agreement, entry, origin, events } = posting;
  const entryId = uuidV7();
  const { id } = await once(
    tx,
    {
      councilId,
      key: posting.idempotencyKey,
      operation: posting.operation,
      payload: { ...entry, agreementId: agreement.id, ...origin },
      resultId: entryId,
      events,
    },
    async () => {
      requireActiveAgreement(agreement);
      const matchedPlanLineId = entry.matchedPlanLineId
        ? await planLineOfPerson(tx, councilId, agreement.personId, entry.matchedPlanLineId)
        : null;
      await tx.accountTransaction.create({
        data: {
          id: entryId,
          councilId,
          agreementId: agreement.id,
          kind: entry.kind,
          postedDate: toDbDate(entry.postedDate),
          amountPence: entry.amountPence,
          counterpartyName: entry.counterpartyName,
          counterpartyType: entry.counterpartyType,
          spendCategory: entry.spendCategory ?? null,
          flag: entry.flag ?? null,
          matchedPlanLineId,
          evidenceRef: origin?.evidenceRef ?? null,
          delegationId: origin?.delegationId ?? null,
        },
      });
    },
  );
  return tx.accountTransaction.findUniqueOrThrow({ where: { id } });
}
