import type { Prisma } from '@openpb/db/client';
import { quoteIdentifier, tableOf } from '../schema/model-table.ts';
import { databaseId } from '../tenancy.ts';
import { statementsOf, type TransactionStatements } from './transaction-statements.ts';

/** Rows a write step reads by id: just read, or locked against concurrent changes until commit. */
export type RowLock = 'read' | 'lock';

/**
 * Rows read with the row in the same statement, never locked: the row its foreign key names
 * (`parent`), or the rows whose foreign key names it (`children`, ordered by the `orderBy` field).
 */
type Joined =
  | { readonly kind: 'parent'; readonly model: Prisma.ModelName; readonly foreignKey: string }
  | {
      readonly kind: 'children';
      readonly model: Prisma.ModelName;
      readonly foreignKey: string;
      readonly orderBy: string;
    };

/** The column that carries the joined rows, as JSON (an object, or an array of them). */
const JOINED = '__joined';

const statements = new Map<string, string>();

/** The statement's text, made once for each prepared statement's name. */
function statementOf(
  name: string,
  model: Prisma.ModelName,
  lock: RowLock,
  joined?: Joined,
): string {
  let text = statements.get(name);
  if (!text) {
    const table = tableOf(model);
    const forUpdate = lock === 'lock' ? ' FOR UPDATE OF c' : '';
    const where = `WHERE c.id = $1::uuid AND c.council_id = $2::uuid${forUpdate}`;
    if (joined?.kind === 'parent') {
      const parent = tableOf(joined.model);
      text = `SELECT ${table.selectText('c')},
          (SELECT row_to_json(r) FROM (SELECT ${parent.selectText('p')}) r) AS "${JOINED}"
        FROM ${table.tableName} c
        JOIN ${parent.tableName} p
          ON p.id = c.${table.columnName(joined.foreignKey)} AND p.council_id = c.council_id
        ${where}`;
    } else if (joined?.kind === 'children') {
      const child = tableOf(joined.model);
      text = `SELECT ${table.selectText('c')},
          (SELECT coalesce(json_agg(r ORDER BY r.${quoteIdentifier(joined.orderBy)}), '[]')
             FROM (SELECT ${child.selectText('k')}
                     FROM ${child.tableName} k
                    WHERE k.${child.columnName(joined.foreignKey)} = c.id) r) AS "${JOINED}"
        FROM ${table.tableName} c
        ${where}`;
    } else {
      text = `SELECT ${table.selectText('c')} FROM ${table.tableName} c
        ${where}`;
    }
    statements.set(name, text);
  }
  return text;
}

async function rowOf(
  tx: TransactionStatements,
  model: Prisma.ModelName,
  id: string,
  councilId: string,
  lock: RowLock,
  joined?: Joined,
): Promise<Record<string, unknown> | undefined> {
  const name = `tenant_row_${model}_${lock}${joined ? `_${joined.kind}_${joined.model}` : ''}`;
  const [row] = await statementsOf(tx)<Record<string, unknown>>(
    statementOf(name, model, lock, joined),
    [databaseId(id), councilId],
    name,
  );
  return row;
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
  const row = await rowOf(tx, model, id, councilId, lock);
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
  parent: { readonly model: Prisma.ModelName; readonly foreignKey: string },
): Promise<[Model, ParentModel] | undefined> {
  const row = await rowOf(tx, model, id, councilId, lock, { kind: 'parent', ...parent });
  if (!row) return undefined;
  const { [JOINED]: parentRow, ...own } = row;
  return [
    tableOf(model).modelRow<Model>(own),
    tableOf(parent.model).modelRow<ParentModel>(parentRow as Record<string, unknown>),
  ];
}

/**
 * The same with the rows whose `foreignKey` names it (read, never locked), in `orderBy` order, in
 * one statement: `[row, children]`, or undefined when the row is not there.
 */
export async function tenantRowWithChildren<Model, ChildModel>(
  tx: TransactionStatements,
  model: Prisma.ModelName,
  id: string,
  councilId: string,
  lock: RowLock,
  children: {
    readonly model: Prisma.ModelName;
    readonly foreignKey: string;
    readonly orderBy: string;
  },
): Promise<[Model, ChildModel[]] | undefined> {
  const row = await rowOf(tx, model, id, councilId, lock, { kind: 'children', ...children });
  if (!row) return undefined;
  const { [JOINED]: childRows, ...own } = row;
  const childTable = tableOf(children.model);
  return [
    tableOf(model).modelRow<Model>(own),
    (childRows as Record<string, unknown>[]).map((child) => childTable.modelRow<ChildModel>(child)),
  ];
}
