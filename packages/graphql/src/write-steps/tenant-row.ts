import type { Prisma } from '@openpb/db/client';
import { tableOf } from '../schema/model-table.ts';
import { databaseId } from '../tenancy.ts';
import { statementsOf, type TransactionStatements } from './transaction-statements.ts';

/** Rows a write step reads by id: just read, or locked against concurrent changes until commit. */
export type RowLock = 'read' | 'lock';

const statements = new Map<string, string>();

function statementOf(model: Prisma.ModelName, lock: RowLock, parent?: Parent): string {
  const key = `${model}_${lock}${parent ? `_${parent.model}` : ''}`;
  let text = statements.get(key);
  if (!text) {
    const table = tableOf(model);
    const forUpdate = lock === 'lock' ? ' FOR UPDATE OF c' : '';
    if (parent) {
      const parentTable = tableOf(parent.model);
      text = `SELECT ${table.selectText('c')},
          (SELECT row_to_json(r) FROM (SELECT ${parentTable.selectText('p')}) r) AS "${PARENT}"
        FROM ${table.tableName} c
        JOIN ${parentTable.tableName} p
          ON p.id = c.${table.columnName(parent.foreignKey)} AND p.council_id = c.council_id
        WHERE c.id = $1::uuid AND c.council_id = $2::uuid${forUpdate}`;
    } else {
      text = `SELECT ${table.selectText('c')} FROM ${table.tableName} c
        WHERE c.id = $1::uuid AND c.council_id = $2::uuid${forUpdate}`;
    }
    statements.set(key, text);
  }
  return text;
}

/** The row a row's foreign key names: its model and the foreign key's field. */
interface Parent {
  readonly model: Prisma.ModelName;
  readonly foreignKey: string;
}

const PARENT = '__parent';

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

/**
 * The same with the row its foreign key names in the same council (read, never locked), in one
 * statement: `[row, parent]`, or undefined when either is not there.
 */
export async function tenantRowWithParent<Model, ParentModel>(
  tx: TransactionStatements,
  model: Prisma.ModelName,
  id: string,
  councilId: string,
  lock: RowLock,
  parent: Parent,
): Promise<[Model, ParentModel] | undefined> {
  const [row] = await statementsOf(tx)<Record<string, unknown>>(
    statementOf(model, lock, parent),
    [databaseId(id), councilId],
    `tenant_row_${model}_${lock}_${parent.model}`,
  );
  if (!row) return undefined;
  const { [PARENT]: parentRow, ...own } = row;
  return [
    tableOf(model).modelRow<Model>(own),
    tableOf(parent.model).modelRow<ParentModel>(parentRow as Record<string, unknown>),
  ];
}
