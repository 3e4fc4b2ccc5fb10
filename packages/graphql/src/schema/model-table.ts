import { Prisma } from '@openpb/db/client';

/** An SQL identifier, double-quoted. */
export const quoteIdentifier = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** An SQL identifier, double-quoted, as a fragment of a Prisma statement. */
export const quoted = (identifier: string) => Prisma.raw(quoteIdentifier(identifier));

/** The model's table, and every scalar column as its Prisma field name, from the client's datamodel. */
function describeTable(model: Prisma.ModelName) {
  const definition = Prisma.dmmf.datamodel.models.find((candidate) => candidate.name === model);
  if (!definition) throw new Error(`No model ${model} in the Prisma datamodel`);
  const scalars = definition.fields.filter(
    (field) => field.kind === 'scalar' || field.kind === 'enum',
  );
  const columns = new Map(scalars.map((field) => [field.name, field.dbName ?? field.name]));
  const columnName = (field: string) => {
    const name = columns.get(field);
    if (!name) throw new Error(`No column for ${model}.${field}`);
    return quoteIdentifier(name);
  };
  const column = (field: string) => Prisma.raw(columnName(field));
  const fieldsOfType = (type: string) =>
    new Set(scalars.filter((field) => field.type === type).map((field) => field.name));
  const dateTimeFields = fieldsOfType('DateTime');
  const bigIntFields = fieldsOfType('BigInt');
  return {
    name: quoted(definition.dbName ?? definition.name),
    /** The table's quoted name and a field's quoted column, as SQL text. */
    tableName: quoteIdentifier(definition.dbName ?? definition.name),
    columnName,
    /** Whether the model has this scalar field (a column). */
    hasColumn: (field: string) => columns.has(field),
    /** Fields Prisma reads as a Date (dates and instants). */
    dateTimeFields: dateTimeFields as ReadonlySet<string>,
    column,
    selectList: Prisma.join(
      [...columns.keys()].map((field) => Prisma.sql`${column(field)} AS ${quoted(field)}`),
    ),
    /**
     * Every column as its field, as SQL text for node-postgres (`RETURNING` or `SELECT` of a
     * write step, D106), with `alias.` before each column when given. Dates and instants come as
     * their ISO text, so that no client time zone can shift a date (`modelRow` makes them Dates).
     */
    selectText: (alias?: string) =>
      [...columns]
        .map(([field, name]) => {
          const source = `${alias ? `${alias}.` : ''}${quoteIdentifier(name)}`;
          const value = dateTimeFields.has(field) ? `to_json(${source}) #>> '{}'` : source;
          return `${value} AS ${quoteIdentifier(field)}`;
        })
        .join(', '),
    /**
     * A row selected with `selectText` as Prisma returns the model: dates and instants as Dates
     * (a date at midnight UTC, as Prisma reads a `@db.Date`), 64-bit integers as bigints.
     */
    modelRow: <Model>(row: Record<string, unknown>): Model => {
      for (const field of dateTimeFields) {
        const value = row[field];
        if (typeof value === 'string') row[field] = new Date(value);
      }
      for (const field of bigIntFields) {
        const value = row[field];
        if (typeof value === 'string' || typeof value === 'number') row[field] = BigInt(value);
      }
      return row as Model;
    },
  };
}

export type Table = ReturnType<typeof describeTable>;
const tables = new Map<Prisma.ModelName, Table>();

/** The model's table, its columns and their SQL names, from the client's datamodel. */
export function tableOf(model: Prisma.ModelName): Table {
  let table = tables.get(model);
  if (!table) {
    table = describeTable(model);
    tables.set(model, table);
  }
  return table;
}
