import { type GraphQLObjectType, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { sqlFieldOf } from './sql-field.ts';

const PAGE_INFO = 'pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }';

/** The node type of a connection type. */
export function nodeTypeOf(connection: GraphQLObjectType): GraphQLObjectType | undefined {
  const edge = getNamedType(connection.getFields().edges?.type);
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  return isObjectType(node) ? node : undefined;
}

/**
 * A selection of every field of a type that declares its SQL (sql-field.ts), with its children's,
 * pages of two: what the tests compile, snapshot and compare with the resolvers (D80).
 */
export function everyCompiledField(schema: GraphQLSchema, typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`No object type ${typeName}`);
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const isNodeId = field.name === 'id' && type.getInterfaces().some((i) => i.name === 'Node');
    const sql = isNodeId ? { kind: 'columns' as const } : sqlFieldOf(field);
    if (!sql || sql.kind === 'resolversOnly') continue;
    if (sql.kind === 'columns') parts.push(field.name);
    else {
      const child = getNamedType(field.type);
      if (!isObjectType(child)) throw new Error(`${typeName}.${field.name} lists no object type`);
      const node = sql.shape === 'list' ? child : nodeTypeOf(child);
      if (!node) throw new Error(`${typeName}.${field.name} is not a connection`);
      parts.push(
        sql.shape === 'list'
          ? `${field.name} { ${everyCompiledField(schema, node.name)} }`
          : `${field.name}(first: 2) { __typename totalCount edges { __typename cursor node { ${everyCompiledField(schema, node.name)} } } ${PAGE_INFO} }`,
      );
    }
  }
  return parts.join(' ');
}

/** A page of people with every compiled field. */
export const everyPersonField = (schema: GraphQLSchema) => `query Everything($first: Int) {
  people(first: $first) { __typename totalCount edges { __typename cursor node { ${everyCompiledField(schema, 'Person')} } } ${PAGE_INFO} }
}`;

/** One person by id with every compiled field. */
export const onePersonEveryField = (schema: GraphQLSchema) => `query Person($id: ID!) {
  node(id: $id) { __typename id ... on Person { ${everyCompiledField(schema, 'Person')} } }
}`;
