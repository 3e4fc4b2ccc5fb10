import type { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import { OPEN_RECOVERY_STATUSES } from '@openpb/domain/lifecycle/recovery-lifecycle';
import type { Pence } from '@openpb/domain/money';
import type { AgreementWeeklyAmounts } from './agreement-amounts.ts';
import { ledgerTotals } from './ledger-totals.ts';
import { surplusPosition } from './surplus-position.ts';

/**
 * What may still be recovered as surplus (I-12): the recoverable amount at the audit, or, with no
 * audit, at the ledger's balance on `on` with no outstanding liabilities; less what open
 * recoveries already ask for, so that one surplus is never claimed twice.
 */
export async function recoverableNow(
  tx: Prisma.TransactionClient,
  agreement: AgreementWeeklyAmounts & { readonly id: string; readonly councilId: string },
  audit: { readonly recoverablePence: Pence } | null,
  on: IsoDate,
): Promise<Pence> {
  const recoverable =
    audit?.recoverablePence ??
    surplusPosition(
      agreement,
      (
        await ledgerTotals(
          tx,
          { councilId: agreement.councilId, agreementId: agreement.id },
          on,
          on,
        )
      ).closingBalancePence,
      0,
    ).recoverablePence;
  const open = await tx.recovery.aggregate({
    where: {
      agreementId: agreement.id,
      reason: 'SURPLUS',
      status: { in: [...OPEN_RECOVERY_STATUSES] },
    },
    _sum: { amountPence: true, recoveredPence: true },
  });
  const pending = (open._sum.amountPence ?? 0) - (open._sum.recoveredPence ?? 0);
  return Math.max(0, recoverable - pending);
}
