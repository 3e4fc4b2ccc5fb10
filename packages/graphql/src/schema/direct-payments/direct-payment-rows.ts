import type { Prisma } from '@openpb/db/client';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFound } from '../../errors/not-found.ts';
import { databaseId, tenantRowWhere } from '../../tenancy.ts';

/**
 * The database id inside a Relay global id of `typename`. Anything else (another type, a
 * malformed id) becomes an id that matches no row, so it is reported as not found.
 */
export function idOfType(globalId: string, typename: string): string {
  try {
    const decoded = decodeGlobalID(globalId);
    return databaseId(decoded.typename === typename ? decoded.id : '');
  } catch {
    return databaseId('');
  }
}

type Tx = Prisma.TransactionClient;

/**
 * Loads the caller's council's rows named by global ids in a mutation input. Another council's
 * rows are not found, exactly like rows that do not exist. `path` is the input field's path.
 * Each load takes a row lock (`FOR UPDATE`), so concurrent mutations of one agreement serialise.
 */
export const directPaymentRows = {
  async agreement(tx: Tx, councilId: string, globalId: string, path: readonly string[]) {
    const id = idOfType(globalId, 'DirectPaymentAgreement');
    await tx.$executeRaw`SELECT 1 FROM direct_payment_agreement WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await tx.directPaymentAgreement.findFirst({ where: tenantRowWhere(id, councilId) });
    if (!row) throw new NotFound('direct payment agreement', path);
    return row;
  },

  async payment(tx: Tx, councilId: string, globalId: string, path: readonly string[]) {
    const id = idOfType(globalId, 'DirectPayment');
    await tx.$executeRaw`SELECT 1 FROM direct_payment WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await tx.directPayment.findFirst({
      where: tenantRowWhere(id, councilId),
      include: { agreement: true },
    });
    if (!row) throw new NotFound('direct payment', path);
    return row;
  },

  async audit(tx: Tx, councilId: string, globalId: string, path: readonly string[]) {
    const row = await tx.directPaymentAudit.findFirst({
      where: tenantRowWhere(idOfType(globalId, 'DirectPaymentAudit'), councilId),
    });
    if (!row) throw new NotFound('direct payment audit', path);
    return row;
  },

  async recovery(tx: Tx, councilId: string, globalId: string, path: readonly string[]) {
    const id = idOfType(globalId, 'Recovery');
    await tx.$executeRaw`SELECT 1 FROM recovery WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await tx.recovery.findFirst({ where: tenantRowWhere(id, councilId) });
    if (!row) throw new NotFound('recovery', path);
    return row;
  },
};
