import { buildOperationNodeForField } from '@graphql-tools/utils';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionNode,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** The one fragment every mutation document selects for its typed business failure. */
export const MUTATION_ERROR_FRAGMENT = 'MutationError';
/** The interface every business-failure type of a mutation's result union implements (D3). */
const ERROR_INTERFACE = 'Error';
/** Paging arguments the SDK never sends: its lists page forward only. */
const BACKWARD_PAGING_ARGUMENTS = new Set(['before', 'last']);
/** Levels of nested objects a default selection reaches below the root field's own type. */
const DEPTH_BELOW_ENTITY = 1;

export type OperationKind = 'query' | 'connection' | 'mutation';

export interface RootFieldOperation {
  readonly field: string;
  readonly kind: OperationKind;
  /** `approveSupportPlan` → `ApproveSupportPlan`: codegen names its types after it. */
  readonly operationName: string;
  readonly document: DocumentNode;
  /** The mutation's input has an `idempotencyKey`: the SDK supplies one and may retry it. */
  readonly idempotent: boolean;
  /** The field takes arguments besides forward paging. */
  readonly takesArguments: boolean;
  /** The node type of a connection (for `kind: 'connection'`). */
  readonly nodeType: GraphQLNamedType | null;
}

const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The node type of a Relay connection type, or null if the type is not one. */
export function connectionNodeType(type: GraphQLNamedType): GraphQLNamedType | null {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return null;
  const edges = type.getFields().edges;
  if (!edges || !type.getFields().pageInfo) return null;
  const edge = getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : null;
}

function field(name: string, selections?: readonly SelectionNode[]): FieldNode {
  return {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: name },
    ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
  };
}

/**
 * Trims what `buildOperationNodeForField` selected into a sensible default: nested fields that take
 * arguments (nested connections, dated figures) are left for your own documents; an abstract type
 * below the root selects `__typename` and its interface's fields, not every member's; a mutation's
 * result union selects its success member and the shared error fragment.
 */
function trimSelections(
  schema: GraphQLSchema,
  document: DocumentNode,
  kind: OperationKind,
  typeFragments: ReadonlyMap<string, string>,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  let fieldDepth = 0;
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          fieldDepth++;
          const definition = typeInfo.getFieldDef();
          if (fieldDepth > 1 && definition && definition.args.length > 0) {
            fieldDepth--;
            return null;
          }
          const type = definition ? getNamedType(definition.type) : null;
          const fragment = type ? typeFragments.get(type.name) : undefined;
          if (fragment && node.selectionSet) {
            return { ...node, selectionSet: selectionSet([fragmentSpread(fragment)]) };
          }
          if (!type || !isAbstractType(type) || !node.selectionSet) return undefined;
          if (fieldDepth === 1 && kind === 'mutation') return mutationResultSelection(schema, node);
          if (fieldDepth === 1 && kind === 'query' && !isInterfaceType(type)) return undefined;
          const own = isInterfaceType(type)
            ? Object.values(type.getFields())
                .filter((member) => member.args.length === 0)
                .filter((member) => !isAbstractType(getNamedType(member.type)))
                .filter((member) => !isObjectType(getNamedType(member.type)))
                .map((member) => field(member.name))
            : [];
          return { ...node, selectionSet: selectionSet([field('__typename'), ...own]) };
        },
        leave() {
          fieldDepth--;
        },
      },
    }),
  );
}

function fragmentSpread(name: string): SelectionNode {
  return { kind: Kind.FRAGMENT_SPREAD, name: { kind: Kind.NAME, value: name } };
}

function selectionSet(selections: readonly SelectionNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections };
}

function implementsError(schema: GraphQLSchema, typeName: string): boolean {
  const type = schema.getType(typeName);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === ERROR_INTERFACE);
}

/** `__typename`, the success member's selection and `...MutationError`. */
function mutationResultSelection(schema: GraphQLSchema, node: FieldNode): FieldNode {
  const success = (node.selectionSet?.selections ?? []).filter(
    (selection) =>
      selection.kind === Kind.INLINE_FRAGMENT &&
      selection.typeCondition &&
      !implementsError(schema, selection.typeCondition.name.value),
  );
  if (success.length !== 1) {
    throw new Error(`Mutation ${node.name.value}: expected one success member in its result union`);
  }
  const spread = fragmentSpread(MUTATION_ERROR_FRAGMENT);
  return { ...node, selectionSet: selectionSet([field('__typename'), ...success, spread]) };
}

/**
 * `fragment MutationError on Error`: the interface's fields and, per error type, its own fields
 * (a ValidationError's issues, a RuleViolationError's violations), built from the schema so that
 * a new error type is picked up by `pnpm generate`.
 */
export function mutationErrorFragment(schema: GraphQLSchema): FragmentDefinitionNode {
  const errorInterface = schema.getType(ERROR_INTERFACE);
  if (!isInterfaceType(errorInterface)) throw new Error('The schema has no interface Error');
  const shared = new Set(Object.keys(errorInterface.getFields()));
  const scalarSelection = (owner: GraphQLField<unknown, unknown>): SelectionNode => {
    const type = getNamedType(owner.type);
    if (!isObjectType(type)) return field(owner.name);
    const leaves = Object.values(type.getFields())
      .filter((child) => child.args.length === 0 && !isObjectType(getNamedType(child.type)))
      .map((child) => field(child.name));
    return field(owner.name, leaves);
  };
  const perType = schema
    .getImplementations(errorInterface)
    .objects.toSorted((a, b) => a.name.localeCompare(b.name))
    .flatMap((type): SelectionNode[] => {
      const own = Object.values(type.getFields()).filter(
        (member) => !shared.has(member.name) && member.args.length === 0,
      );
      if (own.length === 0) return [];
      return [
        {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type.name } },
          selectionSet: selectionSet(own.map(scalarSelection)),
        },
      ];
    });
  return {
    kind: Kind.FRAGMENT_DEFINITION,
    name: { kind: Kind.NAME, value: MUTATION_ERROR_FRAGMENT },
    typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: ERROR_INTERFACE } },
    selectionSet: selectionSet([
      field('__typename'),
      ...[...shared].map((name) => field(name)),
      ...perType,
    ]),
  };
}

/** How deep `buildOperationNodeForField` goes: the entity itself plus DEPTH_BELOW_ENTITY levels. */
function depthLimitFor(kind: OperationKind): number {
  // a connection's nodes sit two levels down (edges → node)
  const entityDepth = kind === 'connection' ? 3 : kind === 'mutation' ? 2 : 1;
  return entityDepth + DEPTH_BELOW_ENTITY;
}

/**
 * One operation document per root field, with a default selection. A type with a hand-written
 * fragment in `typeFragments` (type name → fragment name, src/operations/<type>-fields.graphql)
 * is selected by that fragment wherever it appears: what every caller may read of it, e.g. the
 * person fields a third-party app's delegation lets it see.
 */
export function rootFieldOperation(
  schema: GraphQLSchema,
  operation: 'query' | 'mutation',
  fieldName: string,
  typeFragments: ReadonlyMap<string, string> = new Map(),
): RootFieldOperation {
  const rootType = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  const definition = rootType?.getFields()[fieldName];
  if (!definition) throw new Error(`No root field ${operation}.${fieldName}`);
  const nodeType = operation === 'query' ? connectionNodeType(getNamedType(definition.type)) : null;
  const kind: OperationKind =
    operation === 'mutation' ? 'mutation' : nodeType ? 'connection' : 'query';
  const argNames = definition.args
    .map((arg) => arg.name)
    .filter((name) => kind !== 'connection' || !BACKWARD_PAGING_ARGUMENTS.has(name));
  const built = buildOperationNodeForField({
    schema,
    kind: operation === 'query' ? OperationTypeNode.QUERY : OperationTypeNode.MUTATION,
    field: fieldName,
    argNames,
    depthLimit: depthLimitFor(kind),
    circularReferenceDepth: 1,
  });
  const operationName = upperFirst(fieldName);
  const named: OperationDefinitionNode = {
    ...built,
    name: { kind: Kind.NAME, value: operationName },
  };
  const trimmed = trimSelections(
    schema,
    { kind: Kind.DOCUMENT, definitions: [named] },
    kind,
    typeFragments,
  );
  const definitions =
    kind === 'mutation'
      ? [...trimmed.definitions, mutationErrorFragment(schema)]
      : [...trimmed.definitions];
  const input = definition.args.find((arg) => arg.name === 'input');
  const inputType = input ? getNamedType(input.type) : null;
  const idempotent =
    inputType !== null &&
    'getFields' in inputType &&
    Object.hasOwn(inputType.getFields(), 'idempotencyKey');
  return {
    field: fieldName,
    kind,
    operationName,
    document: { kind: Kind.DOCUMENT, definitions },
    idempotent,
    takesArguments: argNames.some((name) => name !== 'first' && name !== 'after'),
    nodeType,
  };
}
