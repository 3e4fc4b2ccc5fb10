import type { GraphQLField } from 'graphql';
import type { ChildRelation } from '../schema/child-rows.ts';

/**
 * What a field needs from SQL for the compiled read (D15, D80), declared on the field itself: the
 * columns its resolver reads, as its Pothos `select` says (or the column a `t.expose…` exposes);
 * as a field extension, the child rows it lists, or why only the resolvers answer it.
 */
export type SqlField =
  /** Declared by the field's Pothos `select` of its own columns, or its `t.expose…`. */
  | { readonly kind: 'columns'; readonly columns: readonly string[] }
  | {
      readonly kind: 'children';
      readonly shape: 'list' | 'connection';
      readonly relation: ChildRelation<never>;
    }
  | { readonly kind: 'resolversOnly'; readonly reason: string };

const KEY = 'openpbSqlRead';

/** `extensions` of a field listing a relation's child rows: every row, or a connection's page. */
export function listsChildren<Row>(
  shape: 'list' | 'connection',
  relation: ChildRelation<Row>,
): Record<string, SqlField> {
  // a relation's row type only types its declaration; the compiled read reads it by field names
  const untyped: ChildRelation<never> = relation as ChildRelation<Row> & ChildRelation<never>;
  return { [KEY]: { kind: 'children', shape, relation: untyped } };
}

/** `extensions` of a field the compiled read leaves to the resolvers, and why. */
export function resolversOnly(reason: string): Record<string, SqlField> {
  return { [KEY]: { kind: 'resolversOnly', reason } };
}

/** The reason of a list the caseload (D15) does not show, which its resolvers page. */
export const NOT_IN_CASELOAD = 'not in the caseload (D15): its resolvers read it';

/** The reason of a related record or list the caseload does not show, which its resolvers load. */
export const RELATED_RECORD =
  'a related record the caseload (D15) does not show: its resolvers load it';

/** What the field declares; undefined when it says nothing. */
export function sqlFieldOf(field: GraphQLField<unknown, unknown>): SqlField | undefined {
  const declared = field.extensions?.[KEY] as SqlField | undefined;
  if (declared) return declared;
  const exposed = field.extensions?.pothosExposedField as string | undefined;
  if (exposed) return { kind: 'columns', columns: [exposed] };
  // a Pothos `select` of the row's own columns only (a relation's selection is not compiled)
  const select = field.extensions?.pothosPrismaSelect;
  if (typeof select !== 'object' || select === null) return undefined;
  const entries = Object.entries(select);
  if (entries.length === 0 || entries.some(([, value]) => value !== true)) return undefined;
  return { kind: 'columns', columns: entries.map(([column]) => column) };
}
