import type { Prisma } from '@openpb/db/client';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type DocumentNode,
  defaultFieldResolver,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { PERSONAL_DATA_TYPES } from '../audit/personal-data-types.ts';
import { tableOf } from '../schema/model-table.ts';
import { NotCompilable } from './fallback.ts';
import { fieldGrant, type Grant, typeGrant } from './read-auth.ts';
import type {
  ArgumentSource,
  ConnectionFieldPlan,
  ConnectionPlan,
  EdgeFieldPlan,
  FieldPlan,
  LeafPlan,
  ObjectPlan,
  PageInfoFieldPlan,
  RootFieldPlan,
  Row,
  RowSource,
} from './read-plan.ts';
import { type SqlField, sqlFieldOf } from './sql-field.ts';

/** A query operation compiled for the SQL read path: its root fields, in response order. */
export interface CompiledRead {
  readonly root: readonly RootFieldPlan[];
  /** Arguments given that the compiled read answers only when null: cursors, filters. */
  readonly nullArguments: readonly ArgumentSource[];
  /** What the authScopes of every type and field it reads require of the viewer (D80). */
  readonly grants: readonly Grant[];
}

type Collected = Map<string, FieldNode[]>;

/** A row is one json_build_array (row-layout.ts), which takes at most 100 arguments. */
const MAX_ROW_VALUES = 100;

const PAGE_INFO_FIELDS = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

/**
 * A connection's arguments besides `first` that may be given, as long as they are null when the
 * request runs (the SDK's list queries pass `after` and `filter` as variables, null on a first
 * page). None has a default, so null means the same as not given.
 */
const NULL_ONLY_ARGUMENTS = new Set(['after', 'before', 'last']);
const NULL_ONLY_PEOPLE_ARGUMENTS = new Set([...NULL_ONLY_ARGUMENTS, 'filter']);

class Compiler {
  #jsonKeys = 0;
  readonly #nullArguments: ArgumentSource[] = [];
  readonly #grants = new Set<Grant>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly operation: OperationDefinitionNode,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  compileRoot(): CompiledRead {
    const query = this.schema.getQueryType();
    if (!query) throw new NotCompilable('root-field');
    const root: RootFieldPlan[] = [];
    for (const [key, nodes] of this.#collect([this.operation.selectionSet], query)) {
      const name = this.#fieldName(nodes);
      if (name === '__typename') root.push({ kind: 'typename', key, typeName: query.name });
      else if (name === 'people' || name === 'node') {
        const field = query.getFields()[name];
        if (!field) throw new NotCompilable('root-field', name);
        this.#grant(fieldGrant(query, field));
        root.push(
          name === 'people'
            ? this.#connection(key, nodes, field, { kind: 'people' })
            : this.#node(key, nodes),
        );
      } else throw new NotCompilable('root-field', name);
    }
    return { root, nullArguments: this.#nullArguments, grants: [...this.#grants] };
  }

  #grant(grant: Grant | undefined) {
    if (grant) this.#grants.add(grant);
  }

  #node(key: string, nodes: readonly FieldNode[]): RootFieldPlan {
    const person = this.schema.getType('Person');
    if (!isObjectType(person)) throw new NotCompilable('type-not-compiled', 'Person');
    const { id, ...others } = this.#arguments(nodes);
    if (Object.keys(others).length > 0 || !id) throw new NotCompilable('arguments', 'node');
    return {
      kind: 'node',
      key,
      jsonKey: this.#nextJsonKey(),
      id,
      node: this.#object(person, this.#selectionSets(nodes)),
    };
  }

  #object(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): ObjectPlan {
    const model = type.extensions?.pothosPrismaModel as Prisma.ModelName | undefined;
    if (!model) throw new NotCompilable('type-not-compiled', type.name);
    this.#grant(typeGrant(type));
    const table = tableOf(model);
    const columns = new Set(['id']);
    const fields: FieldPlan[] = [];
    let resolvesAField = false;
    for (const [key, nodes] of this.#collect(selectionSets, type)) {
      const name = this.#fieldName(nodes);
      if (name === '__typename') {
        fields.push({ kind: 'typename', key, typeName: type.name });
        continue;
      }
      const field = type.getFields()[name];
      const subject = `${type.name}.${name}`;
      if (!field) throw new NotCompilable('field-not-compiled', subject);
      resolvesAField = true;
      this.#grant(fieldGrant(type, field));
      const sql = isNodeIdField(type, field) ? NODE_ID : sqlFieldOf(field);
      if (!sql || sql.kind === 'resolversOnly')
        throw new NotCompilable('field-not-compiled', subject);
      if (sql.kind === 'columns') {
        if (nodes.some((node) => node.arguments?.length))
          throw new NotCompilable('arguments', subject);
        for (const column of sql.columns) {
          if (!table.hasColumn(column)) throw new NotCompilable('field-not-compiled', subject);
          columns.add(column);
        }
        fields.push(this.#leaf(key, type, field));
      } else if (sql.shape === 'list') {
        if (nodes.some((node) => node.arguments?.length))
          throw new NotCompilable('arguments', subject);
        const childType = getNamedType(field.type);
        if (!isObjectType(childType)) throw new NotCompilable('type-not-compiled', subject);
        fields.push({
          kind: 'list',
          key,
          jsonKey: this.#nextJsonKey(),
          source: { kind: 'children', relation: sql.relation },
          node: this.#object(childType, this.#selectionSets(nodes)),
        });
      } else {
        fields.push(
          this.#connection(key, nodes, field, { kind: 'children', relation: sql.relation }),
        );
      }
    }
    const childRows = fields.filter((plan) => plan.kind === 'list' || plan.kind === 'connection');
    const counts = childRows.filter((plan) => plan.kind === 'connection' && plan.counts);
    if (columns.size + childRows.length + counts.length > MAX_ROW_VALUES) {
      throw new NotCompilable('too-many-columns', type.name);
    }
    return {
      typeName: type.name,
      table,
      columns: [...columns],
      dateTimeColumns: [...columns].filter((column) => table.dateTimeFields.has(column)),
      fields,
      audited: resolvesAField && PERSONAL_DATA_TYPES.has(type.name),
    };
  }

  #leaf(key: string, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): LeafPlan {
    const named = getNamedType(field.type);
    const subject = `${type.name}.${field.name}`;
    if (isListType(getNullableType(field.type)))
      throw new NotCompilable('field-not-compiled', subject);
    if (!isScalarType(named) && !isEnumType(named)) {
      throw new NotCompilable('field-not-compiled', subject);
    }
    const isNodeId = isNodeIdField(type, field);
    // the field's own resolver, as defined in the schema (before the plugins' wrappers); an
    // exposed field is graphql-js's default resolver of the field it exposes
    const config = field.extensions?.pothosConfig as
      | { resolve?: (parent: Row, args: object, context: unknown, info: unknown) => unknown }
      | undefined;
    const own = config?.resolve === defaultFieldResolver ? undefined : config?.resolve;
    const exposed = (field.extensions?.pothosExposedField as string | undefined) ?? field.name;
    const resolve = isNodeId
      ? (row: Row) => encodeGlobalID(type.name, row.id as string)
      : own
        ? (row: Row, context: unknown) => own(row, {}, context, undefined)
        : (row: Row) => row[exposed];
    return {
      kind: 'leaf',
      key,
      resolve,
      serialize: (value) => named.serialize(value),
      nonNull: isNonNullType(field.type),
    };
  }

  #connection(
    key: string,
    nodes: readonly FieldNode[],
    field: GraphQLField<unknown, unknown> | undefined,
    source: RowSource,
  ): ConnectionPlan {
    const connectionType = field ? getNamedType(field.type) : undefined;
    if (!connectionType || !isObjectType(connectionType))
      throw new NotCompilable('connection-shape');
    const edgeType = getNamedType(connectionType.getFields().edges?.type);
    const nodeType = isObjectType(edgeType) ? getNamedType(edgeType.getFields().node?.type) : null;
    if (!isObjectType(edgeType) || !isObjectType(nodeType)) {
      throw new NotCompilable('connection-shape', connectionType.name);
    }
    const { first, ...others } = this.#arguments(nodes);
    const nullOnly = source.kind === 'people' ? NULL_ONLY_PEOPLE_ARGUMENTS : NULL_ONLY_ARGUMENTS;
    for (const [name, argument] of Object.entries(others)) {
      if (!nullOnly.has(name)) throw new NotCompilable('arguments', name);
      this.#nullArguments.push(argument);
    }
    const fields: ConnectionFieldPlan[] = [];
    const nodeSelections: SelectionSetNode[][] = [];
    for (const [fieldKey, fieldNodes] of this.#collect(
      this.#selectionSets(nodes),
      connectionType,
    )) {
      const name = this.#fieldName(fieldNodes);
      const selectionSets = this.#selectionSets(fieldNodes);
      if (name === '__typename') {
        fields.push({ kind: 'typename', key: fieldKey, typeName: connectionType.name });
      } else if (name === 'edges') {
        fields.push({
          kind: 'edges',
          key: fieldKey,
          fields: this.#edge(edgeType, selectionSets, nodeSelections),
        });
      } else if (name === 'pageInfo') {
        fields.push({ kind: 'pageInfo', key: fieldKey, fields: this.#pageInfo(selectionSets) });
      } else if (name === 'totalCount') {
        if (fieldNodes.some((node) => node.arguments?.length))
          throw new NotCompilable('arguments', `${connectionType.name}.totalCount`);
        fields.push({ kind: 'totalCount', key: fieldKey });
      } else throw new NotCompilable('connection-shape', `${connectionType.name}.${name}`);
    }
    // one selection of the nodes: a second `edges` or `node` key would need a plan of its own
    if (nodeSelections.length > 1 || fields.filter((plan) => plan.kind === 'edges').length > 1) {
      throw new NotCompilable('connection-shape', connectionType.name);
    }
    return {
      kind: 'connection',
      key,
      jsonKey: this.#nextJsonKey(),
      source,
      first: first ?? { kind: 'absent' },
      fields,
      node: this.#object(nodeType, nodeSelections[0] ?? []),
      readsNextRow: fields.some(
        (plan) =>
          plan.kind === 'pageInfo' && plan.fields.some((info) => info.kind === 'hasNextPage'),
      ),
      counts: fields.some((plan) => plan.kind === 'totalCount'),
    };
  }

  /** An edge's fields; the selections of its `node` go to `nodeSelections`. */
  #edge(
    edgeType: GraphQLObjectType,
    selectionSets: readonly SelectionSetNode[],
    nodeSelections: SelectionSetNode[][],
  ): EdgeFieldPlan[] {
    const fields: EdgeFieldPlan[] = [];
    for (const [key, nodes] of this.#collect(selectionSets, edgeType)) {
      const name = this.#fieldName(nodes);
      if (name === '__typename') fields.push({ kind: 'typename', key, typeName: edgeType.name });
      else if (name === 'cursor') fields.push({ kind: 'cursor', key });
      else if (name === 'node') {
        nodeSelections.push(this.#selectionSets(nodes));
        fields.push({ kind: 'node', key });
      } else throw new NotCompilable('connection-shape', `${edgeType.name}.${name}`);
    }
    return fields;
  }

  #pageInfo(selectionSets: readonly SelectionSetNode[]): PageInfoFieldPlan[] {
    const pageInfoType = this.schema.getType('PageInfo');
    if (!isObjectType(pageInfoType)) throw new NotCompilable('connection-shape', 'PageInfo');
    const fields: PageInfoFieldPlan[] = [];
    for (const [key, nodes] of this.#collect(selectionSets, pageInfoType)) {
      const name = this.#fieldName(nodes);
      if (name === '__typename')
        fields.push({ kind: 'typename', key, typeName: pageInfoType.name });
      else if (PAGE_INFO_FIELDS.has(name)) fields.push({ kind: name as 'hasNextPage', key });
      else throw new NotCompilable('connection-shape', `PageInfo.${name}`);
    }
    return fields;
  }

  /** The fields of the selections that apply to `type`, by response key (GraphQL's CollectFields). */
  #collect(
    selectionSets: readonly SelectionSetNode[],
    type: GraphQLObjectType,
    into: Collected = new Map(),
  ): Collected {
    for (const selectionSet of selectionSets) {
      for (const selection of selectionSet.selections) {
        // @skip and @include would have to be evaluated per request: leave them to the resolvers
        if (selection.directives?.length) throw new NotCompilable('directive');
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const existing = into.get(key);
          if (existing) existing.push(selection);
          else into.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.#applies(selection.typeCondition?.name.value, type)) {
            this.#collect([selection.selectionSet], type, into);
          }
        } else {
          const fragment = this.fragments.get(selection.name.value);
          if (!fragment) throw new NotCompilable('fragment', selection.name.value);
          if (this.#applies(fragment.typeCondition.name.value, type)) {
            this.#collect([fragment.selectionSet], type, into);
          }
        }
      }
    }
    return into;
  }

  #applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.schema.getType(condition);
    return (
      conditionType !== undefined &&
      conditionType !== null &&
      isAbstractType(conditionType) &&
      this.schema.isSubType(conditionType, type)
    );
  }

  #fieldName(nodes: readonly FieldNode[]): string {
    const name = nodes[0]?.name.value;
    if (!name) throw new NotCompilable('field-not-compiled');
    return name;
  }

  #selectionSets(nodes: readonly FieldNode[]): SelectionSetNode[] {
    return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  }

  /** The field's arguments; the same response key must be asked with the same arguments. */
  #arguments(nodes: readonly FieldNode[]): Record<string, ArgumentSource> {
    const [first, ...rest] = nodes;
    const printed = (node: FieldNode) =>
      (node.arguments ?? [])
        .map((argument) => `${argument.name.value}:${print(argument.value)}`)
        .join();
    if (!first || rest.some((node) => printed(node) !== printed(first))) {
      throw new NotCompilable('arguments', first?.name.value);
    }
    return Object.fromEntries(
      (first.arguments ?? []).map((argument) => [
        argument.name.value,
        this.#argumentSource(argument.value),
      ]),
    );
  }

  #argumentSource(value: ValueNode): ArgumentSource {
    if (value.kind !== Kind.VARIABLE) return { kind: 'literal', value: valueFromASTUntyped(value) };
    const name = value.name.value;
    const definition = this.operation.variableDefinitions?.find(
      (candidate) => candidate.variable.name.value === name,
    );
    return {
      kind: 'variable',
      name,
      defaultValue: definition?.defaultValue
        ? valueFromASTUntyped(definition.defaultValue)
        : undefined,
    };
  }

  #nextJsonKey(): string {
    return `c${this.#jsonKeys++}`;
  }
}

/** The field that is a node's global id (`id: { field: 'id' }` of a prismaNode). */
function isNodeIdField(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  return field.name === 'id' && type.getInterfaces().some((i) => i.name === 'Node');
}

const NODE_ID: SqlField = { kind: 'columns', columns: ['id'] };

/**
 * The operation compiled for the SQL read path, or why the resolvers must answer it (every
 * field's SQL is declared on the field: sql-field.ts); null for anything but a query. Only first
 * pages of connections.
 */
export function compileRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): CompiledRead | NotCompilable | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== 'query') return null;
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  try {
    const read = new Compiler(schema, operation, fragments).compileRoot();
    return read.root.some((field) => field.kind !== 'typename') ? read : null;
  } catch (error) {
    if (error instanceof NotCompilable) return error;
    throw error;
  }
}
