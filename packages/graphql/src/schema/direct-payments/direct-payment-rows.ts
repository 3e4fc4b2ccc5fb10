import type {
  DirectPayment,
  DirectPaymentAgreement,
  DirectPaymentAudit,
  Recovery,
} from '@openpb/db/client';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFound } from '../../errors/not-found.ts';
import { databaseId } from '../../tenancy.ts';
import type { ReadAlongside } from '../../write-steps/acting-staff.ts';
import { tenantRow, tenantRowWithParent } from '../../write-steps/tenant-row.ts';
import type { TransactionStatements } from '../../write-steps/transaction-statements.ts';

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

/**
 * Loads the caller's council's rows named by global ids in a mutation input. Another council's
 * rows are not found, exactly like rows that do not exist. `path` is the input field's path.
 * Each load but the audit's takes a row lock (`FOR UPDATE`), so concurrent mutations of one
 * agreement serialise. One statement each, on either kind of transaction (D106).
 */
export const directPaymentRows = {
  async agreement(
    tx: TransactionStatements,
    councilId: string,
    globalId: string,
    path: readonly string[],
  ) {
    const id = idOfType(globalId, 'DirectPaymentAgreement');
    const row = await tenantRow<DirectPaymentAgreement>(
      tx,
      'DirectPaymentAgreement',
      id,
      councilId,
      'lock',
    );
    if (!row) throw new NotFound('direct payment agreement', path);
    return row;
  },

  /** The payment (locked) with its agreement (read), in one statement (with `alongside`). */
  async payment(
    tx: TransactionStatements,
    councilId: string,
    globalId: string,
    path: readonly string[],
    alongside?: ReadAlongside,
  ) {
    const id = idOfType(globalId, 'DirectPayment');
    const rows = await tenantRowWithParent<DirectPayment, DirectPaymentAgreement>(
      tx,
      'DirectPayment',
      id,
      councilId,
      'lock',
      { model: 'DirectPaymentAgreement', foreignKey: 'agreementId' },
      alongside,
    );
    if (!rows) throw new NotFound('direct payment', path);
    const [row, agreement] = rows;
    return { ...row, agreement };
  },

  async audit(
    tx: TransactionStatements,
    councilId: string,
    globalId: string,
    path: readonly string[],
  ) {
    const id = idOfType(globalId, 'DirectPaymentAudit');
    const row = await tenantRow<DirectPaymentAudit>(
      tx,
      'DirectPaymentAudit',
      id,
      councilId,
      'read',
    );
    if (!row) throw new NotFound('direct payment audit', path);
    return row;
  },

  async recovery(
    tx: TransactionStatements,
    councilId: string,
    globalId: string,
    path: readonly string[],
  ) {
    const id = idOfType(globalId, 'Recovery');
    const row = await tenantRow<Recovery>(tx, 'Recovery', id, councilId, 'lock');
    if (!row) throw new NotFound('recovery', path);
    return row;
  },
};
