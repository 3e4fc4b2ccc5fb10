import { createHash } from 'node:crypto';
import type { Prisma } from '@openpb/db/client';
import { quoteIdentifier, tableOf } from '../schema/model-table.ts';
import { databaseId } from '../tenancy.ts';
import type { ReadAlongside } from './acting-staff.ts';
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
/** The column that carries what was read alongside the row (`ReadAlongside`). */
const ALONGSIDE = '__alongside';

/** Each statement's prepared name and text, made once, by what it reads. */
const statements = new Map<string, { readonly name: string; readonly text: string }>();

function statementOf(
  model: Prisma.ModelName,
  lock: RowLock,
  joined: Joined | undefined,
  alongside: ReadAlongside | undefined,
): { readonly name: string; readonly text: string } {
  const key = `tenant_row_${model}_${lock}${joined ? `_${joined.kind}_${joined.model}` : ''}${
    alongside ? `_with_${alongside.name}` : ''
  }`;
  let statement = statements.get(key);
  if (!statement) {
    const own = rowText(model, lock, joined);
    // one row always: what is read alongside, and the row's columns (all NULL without the row);
    // the lock stays inside, on the row
    const text = alongside
      ? `SELECT a."${ALONGSIDE}", t.*
        FROM (SELECT ${alongside.column(3)} AS "${ALONGSIDE}") a
        LEFT JOIN LATERAL (${own}) t ON true`
      : own;
    statement = { name: statementName(key), text };
    statements.set(key, statement);
  }
  return statement;
}

/** The row's own statement: by id in the council, locked or not, with its joined rows. */
function rowText(model: Prisma.ModelName, lock: RowLock, joined: Joined | undefined): string {
  const table = tableOf(model);
  const forUpdate = lock === 'lock' ? ' FOR UPDATE OF c' : '';
  const where = `WHERE c.id = $1::uuid AND c.council_id = $2::uuid${forUpdate}`;
  if (joined?.kind === 'parent') {
    const parent = tableOf(joined.model);
    return `SELECT ${table.selectText('c')},
        (SELECT row_to_json(r) FROM (SELECT ${parent.selectText('p')}) r) AS "${JOINED}"
      FROM ${table.tableName} c
      JOIN ${parent.tableName} p
        ON p.id = c.${table.columnName(joined.foreignKey)} AND p.council_id = c.council_id
      ${where}`;
  }
  if (joined?.kind === 'children') {
    const child = tableOf(joined.model);
    return `SELECT ${table.selectText('c')},
        (SELECT coalesce(json_agg(r ORDER BY r.${quoteIdentifier(joined.orderBy)}), '[]')
           FROM (SELECT ${child.selectText('k')}
                   FROM ${child.tableName} k
                  WHERE k.${child.columnName(joined.foreignKey)} = c.id) r) AS "${JOINED}"
      FROM ${table.tableName} c
      ${where}`;
  }
  return `SELECT ${table.selectText('c')} FROM ${table.tableName} c
      ${where}`;
}

/** PostgreSQL keeps 63 bytes of a prepared statement's name: a longer one is named by its hash. */
function statementName(full: string): string {
  return full.length <= 63
    ? full
    : `tenant_row_${createHash('sha256').update(full).digest('hex').slice(0, 32)}`;
}

async function rowOf(
  tx: TransactionStatements,
  model: Prisma.ModelName,
  id: string,
  councilId: string,
  lock: RowLock,
  joined: Joined | undefined,
  alongside: ReadAlongside | undefined,
): Promise<Record<string, unknown> | undefined> {
  const { name, text } = statementOf(model, lock, joined, alongside);
  const [row] = await statementsOf(tx)<Record<string, unknown>>(
    text,
    [databaseId(id), councilId, ...(alongside?.values ?? [])],
    name,
  );
  if (!alongside || !row) return row;
  const { [ALONGSIDE]: value, ...own } = row;
  alongside.receive(value);
  return own.id === null ? undefined : own;
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
  const row = await rowOf(tx, model, id, councilId, lock, undefined, undefined);
  return row ? tableOf(model).modelRow<Model>(row) : undefined;
}

/**
 * The same with the row its foreign key names in the same council (read, never locked), in one
 * statement: `[row, parent]`, or undefined when either is not there. `alongside` is read in the
 * same statement and received first, whether or not the row is there (D110).
 */
export async function tenantRowWithParent<Model, ParentModel>(
  tx: TransactionStatements,
  model: Prisma.ModelName,
  id: string,
  councilId: string,
  lock: RowLock,
  parent: { readonly model: Prisma.ModelName; readonly foreignKey: string },
  alongside?: ReadAlongside,
): Promise<[Model, ParentModel] | undefined> {
  const row = await rowOf(tx, model, id, councilId, lock, { kind: 'parent', ...parent }, alongside);
  if (!row) return undefined;
  const { [JOINED]: parentRow, ...own } = row;
  return [
    tableOf(model).modelRow<Model>(own),
    tableOf(parent.model).modelRow<ParentModel>(parentRow as Record<string, unknown>),
  ];
}

/**
 * The same with the rows whose `foreignKey` names it (read, never locked), in `orderBy` order, in
 * one statement: `[row, children]`, or undefined when the row is not there. `alongside` as above.
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
  alongside?: ReadAlongside,
): Promise<[Model, ChildModel[]] | undefined> {
  const row = await rowOf(
    tx,
    model,
    id,
    councilId,
    lock,
    { kind: 'children', ...children },
    alongside,
  );
  if (!row) return undefined;
  const { [JOINED]: childRows, ...own } = row;
  const childTable = tableOf(children.model);
  return [
    tableOf(model).modelRow<Model>(own),
    (childRows as Record<string, unknown>[]).map((child) => childTable.modelRow<ChildModel>(child)),
  ];
}
