import type { Prisma } from '@openpb/db/client';
import { tableOf } from '../schema/model-table.ts';
import { databaseId } from '../tenancy.ts';
import { statementsOf, type TransactionStatements } from './transaction-statements.ts';

/** Rows a write step reads by id: just read, or locked against concurrent changes until commit. */
export type RowLock = 'read' | 'lock';

const statements = new Map<string, string>();

function statementOf(model: Prisma.ModelName, lock: RowLock): string {
  const key = `${model}_${lock}`;
  let text = statements.get(key);
  if (!text) {
    const table = tableOf(model);
    text = `SELECT ${table.selectText()} FROM ${table.tableName}
      WHERE id = $1::uuid AND council_id = $2::uuid${lock === 'lock' ? ' FOR UPDATE' : ''}`;
    statements.set(key, text);
  }
  return text;
}

/**
 * One row of the caller's council by id, as Prisma returns the model, in one statement (with
 * `lock`, `FOR UPDATE`: concurrent changes of the row wait for this transaction). Another
 * council's row is not found, exactly like a row that does not exist.
 */
export async function tenantRow<Model>(
  tx: TransactionStatements,
  model: Prisma.ModelName,
  id: string,
  councilId: string,
  lock: RowLock,
): Promise<Model | undefined> {
  const [row] = await statementsOf(tx)(
    statementOf(model, lock),
    [databaseId(id), councilId],
    `tenant_row_${model}_${lock}`,
  );
  return row ? tableOf(model).modelRow<Model>(row) : undefined;
}
