import type { ChildRelation } from '../schema/child-rows.ts';
import type { Table } from '../schema/model-table.ts';

/** Where an argument's value comes from: the document, a variable (or its default), or nowhere. */
export type ArgumentSource =
  | { readonly kind: 'absent' }
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'variable'; readonly name: string; readonly defaultValue: unknown };

export interface TypenamePlan {
  readonly kind: 'typename';
  readonly key: string;
  readonly typeName: string;
}

/** A scalar or enum field: its resolver applied to the row, then the type's serializer. */
export interface LeafPlan {
  readonly kind: 'leaf';
  readonly key: string;
  readonly resolve: (row: Row, context: unknown) => unknown;
  readonly serialize: (value: unknown) => unknown;
  readonly nonNull: boolean;
}

/** Every child row of a relation, as a plain list. */
export interface ListPlan {
  readonly kind: 'list';
  readonly key: string;
  /** The key of the rows in the statement's JSON. */
  readonly jsonKey: string;
  readonly source: Extract<RowSource, { kind: 'children' }>;
  readonly node: ObjectPlan;
}

export type EdgeFieldPlan =
  | TypenamePlan
  | { readonly kind: 'cursor'; readonly key: string }
  | { readonly kind: 'node'; readonly key: string };

export type PageInfoFieldPlan =
  | TypenamePlan
  | {
      readonly kind: 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor';
      readonly key: string;
    };

export type ConnectionFieldPlan =
  | TypenamePlan
  /** How many rows the connection has in all, counted in the same statement. */
  | { readonly kind: 'totalCount'; readonly key: string }
  | { readonly kind: 'edges'; readonly key: string; readonly fields: readonly EdgeFieldPlan[] }
  | {
      readonly kind: 'pageInfo';
      readonly key: string;
      readonly fields: readonly PageInfoFieldPlan[];
    };

/** Where a connection's rows come from: a parent's children, or the council's people. */
export type RowSource =
  | { readonly kind: 'children'; readonly relation: ChildRelation<never> }
  | { readonly kind: 'people' };

/** The first page of a Relay connection (`first: n`, no cursor). */
export interface ConnectionPlan {
  readonly kind: 'connection';
  readonly key: string;
  readonly jsonKey: string;
  readonly source: RowSource;
  readonly first: ArgumentSource;
  readonly fields: readonly ConnectionFieldPlan[];
  readonly node: ObjectPlan;
  /**
   * Whether `pageInfo { hasNextPage }` is selected: only then does the page read one row more
   * than it shows (with its child rows), to know whether there is a next page.
   */
  readonly readsNextRow: boolean;
  /** Whether `totalCount` is selected: the statement counts the rows beside the page. */
  readonly counts: boolean;
}

/** One person by global id (`node(id:)`). */
export interface NodePlan {
  readonly kind: 'node';
  readonly key: string;
  readonly jsonKey: string;
  readonly id: ArgumentSource;
  readonly node: ObjectPlan;
}

export type FieldPlan = TypenamePlan | LeafPlan | ListPlan | ConnectionPlan;

/** The selection on one object type, and the columns of its table that the selection reads. */
export interface ObjectPlan {
  readonly typeName: string;
  readonly table: Table;
  readonly columns: readonly string[];
  /** Columns Prisma would give as a Date: instants are revived from the JSON text, dates kept as text. */
  readonly dateTimeColumns: readonly string[];
  readonly fields: readonly FieldPlan[];
  /** A personal-data type with at least one field resolved: each row is an audited read. */
  readonly audited: boolean;
}

export type RootFieldPlan = TypenamePlan | ConnectionPlan | NodePlan;

/** A row of the statement's JSON: a model's fields by their Prisma names, and child rows by jsonKey. */
export type Row = Record<string, unknown>;
