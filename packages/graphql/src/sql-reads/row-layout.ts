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

/**
 * A row as the statement writes it (read-statement.ts): a JSON array of its columns' values in
 * `plan.columns` order, then one array of child rows per child field — back as a row keyed by
 * Prisma field name and jsonKey, with its child rows decoded likewise.
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
  return row;
}
