import {
  type GraphQLObjectType,
  GraphQLString,
  getNamedType,
  isLeafType,
  isObjectType,
  GraphQLObjectType as ObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.ts';
import { compileRead } from '../../src/sql-reads/compile-read.ts';
import { everyPersonField, nodeTypeOf } from '../../src/sql-reads/every-compiled-field.ts';
import { NotCompilable } from '../../src/sql-reads/fallback.ts';
import { fieldGrant, typeGrant } from '../../src/sql-reads/read-auth.ts';
import { sqlFieldOf } from '../../src/sql-reads/sql-field.ts';

/**
 * The compiled read cannot drift from the schema (D80): the types it reads are those reachable
 * from `Query.people` through fields that list child rows, and each of their fields declares its
 * SQL (a Pothos `select` of its columns, a `t.expose…`, a child list, or the node id) or says why
 * only the resolvers answer it.
 */
function compiledTypes(): GraphQLObjectType[] {
  const people = schema.getQueryType()?.getFields().people;
  const seen = new Map<string, GraphQLObjectType>();
  const visit = (type: GraphQLObjectType | undefined) => {
    if (!type || seen.has(type.name)) return;
    seen.set(type.name, type);
    for (const field of Object.values(type.getFields())) {
      const sql = sqlFieldOf(field);
      const child = getNamedType(field.type);
      if (sql?.kind !== 'children' || !isObjectType(child)) continue;
      visit(sql.shape === 'list' ? child : nodeTypeOf(child));
    }
  };
  const connection = getNamedType(people?.type);
  if (isObjectType(connection)) visit(nodeTypeOf(connection));
  return [...seen.values()];
}

const isNodeId = (type: GraphQLObjectType, name: string) =>
  name === 'id' && type.getInterfaces().some((i) => i.name === 'Node');

const compile = (query: string) => compileRead(schema, parse(query), undefined);

describe('the compiled read covers every field of the types it reads (D80)', () => {
  const types = compiledTypes();

  it('reads the caseload types', () => {
    expect(types.map((type) => type.name).sort()).toEqual([
      'AccountTransaction',
      'BudgetDeployment',
      'DirectPaymentAgreement',
      'Person',
      'PersonalBudget',
      'SupportPlan',
      'SupportPlanLine',
    ]);
  });

  it('finds each field compiled or excluded with a reason', () => {
    const undeclared = types.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => !isNodeId(type, field.name) && !sqlFieldOf(field))
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('reads columns only for scalar and enum fields', () => {
    const notLeaves = types.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => sqlFieldOf(field)?.kind === 'columns')
        .filter((field) => !isLeafType(getNamedType(field.type)))
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(notLeaves).toEqual([]);
  });

  it('compiles every declared field of them in one query', () => {
    const read = compile(everyPersonField(schema));
    expect(read).not.toBeInstanceOf(NotCompilable);
    expect(read).not.toBeNull();
  });

  it('leaves a field excluded with a reason to the resolvers, saying which', () => {
    const read = compile(
      '{ people(first: 1) { edges { node { timeline { edges { cursor } } } } } }',
    );
    expect(read).toBeInstanceOf(NotCompilable);
    expect(read).toMatchObject({ reason: 'field-not-compiled', subject: 'Person.timeline' });
  });

  it('derives each rule of the caseload types from their authScopes', () => {
    const staff = {
      staff: true,
      anyRole: () => false,
      thirdParty: false,
      delegated: async () => true,
    };
    const app = {
      staff: false,
      anyRole: () => false,
      thirdParty: true,
      delegated: async () => true,
    };
    for (const type of types) {
      const grant = typeGrant(type);
      if (!grant) continue;
      expect(grant(staff), type.name).toBe(true);
      // a delegation is checked per row by the resolvers only
      expect(grant(app), type.name).toBe(false);
    }
    const people = schema.getQueryType()?.getFields().people;
    const query = schema.getQueryType();
    if (!people || !query) throw new Error('No Query.people');
    expect(fieldGrant(query, people)?.(staff)).toBe(true);
  });
});

describe('authScopes the compiled read does not derive (D80)', () => {
  const typeWith = (options: Record<string, unknown>) =>
    new ObjectType({
      name: 'Probe',
      fields: { name: { type: GraphQLString } },
      extensions: { pothosOptions: options },
    });

  it.each([
    ['a function of the row that does not say what grants every row', { authScopes: () => ({}) }],
    ['a scope the builder does not have', { authScopes: { admin: true } }],
    ['$all with a scope checked per row', { authScopes: { $all: { staff: true, delegated: {} } } }],
    ['only scopes checked per row', { authScopes: { delegated: { personId: 'p' } } }],
    ['grantScopes', { authScopes: { staff: true }, grantScopes: ['staff'] }],
  ])('refuses %s', (_name, options) => {
    expect(() => typeGrant(typeWith(options))).toThrow(NotCompilable);
  });

  it('derives staff, roles, $any and $all', () => {
    const grant = typeGrant(
      typeWith({ authScopes: { $all: { staff: true, anyRole: ['TEAM_MANAGER'] } } }),
    );
    const roles = (held: string[]) => (wanted: readonly string[]) =>
      wanted.some((role) => held.includes(role));
    const scopes = (held: string[]) => ({
      staff: held.length > 0,
      anyRole: roles(held),
      thirdParty: false,
      delegated: async () => false,
    });
    expect(grant?.(scopes(['TEAM_MANAGER']))).toBe(true);
    expect(grant?.(scopes(['SOCIAL_WORKER']))).toBe(false);
  });
});
