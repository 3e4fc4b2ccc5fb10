import type { ConnectionPlan, ListPlan, ObjectPlan, Row } from './read-plan.ts';

const childFieldsOf = new WeakMap<ObjectPlan, readonly (ListPlan | ConnectionPlan)[]>();

/** The fields of an object plan that list child rows, in the order the statement writes them. */
export function childFields(plan: ObjectPlan): readonly (ListPlan | ConnectionPlan)[] {
  let fields = childFieldsOf.get(plan);
  if (!fields) {
    fields = plan.fields.filter(
      (field): field is ListPlan | ConnectionPlan =>
        field.kind === 'list' || field.kind === 'connection',
    );
    childFieldsOf.set(plan, fields);
  }
  return fields;
}

/** The key of a connection's totalCount in a decoded row, and the root column that holds it. */
export const countKey = (connection: ConnectionPlan) => `${connection.jsonKey}_count`;

/** The child connections of an object plan whose totalCount is selected, in statement order. */
export function countedConnections(plan: ObjectPlan): readonly ConnectionPlan[] {
  return childFields(plan).filter(
    (field): field is ConnectionPlan => field.kind === 'connection' && field.counts,
  );
}

/**
 * A row as the statement writes it (read-statement.ts): a JSON array of its columns' values in
 * `plan.columns` order, then one array of child rows per child field, then the count of each
 * child connection whose totalCount is selected — back as a row keyed by Prisma field name,
 * jsonKey and countKey, with its child rows decoded likewise.
 */
export function decodeRow(plan: ObjectPlan, values: readonly unknown[]): Row {
  const row: Row = {};
  const { columns } = plan;
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
  let position = columns.length;
  for (const field of childFields(plan)) {
    const children = values[position++] as readonly (readonly unknown[])[];
    row[field.jsonKey] = children.map((child) => decodeRow(field.node, child));
  }
  for (const field of countedConnections(plan)) row[countKey(field)] = values[position++];
  return row;
}
