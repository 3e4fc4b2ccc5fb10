import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { schema } from '@openpb/graphql/schema';
import { READ_MODELS } from '@openpb/graphql/sql-reads/read-models';
import { type GraphQLObjectType, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/auth/token-claims.ts';
import { CASELOAD } from '../../src/testing/caseload-query.ts';
import { type GraphQLPost, startTestApi, type TestApi } from '../support/test-api.ts';

/**
 * The compiled SQL read (docs/decisions.md D15) must answer exactly as the resolvers do: the same
 * response and the same audit rows, for every staff role. (Only the order of keys within an object
 * may differ: the compiled read follows the spec's field collection order, graphql-jit not quite.) Both APIs serve the same
 * database; the selections are generated from the read models, so a field added to a read model
 * is compared here without anyone writing a query for it.
 */

const PAGE_INFO = 'pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }';

/** Every field of a read-model type, with its children's, pages of two. */
function everyField(typeName: string): string {
  const model = READ_MODELS.get(typeName);
  const type = schema.getType(typeName) as GraphQLObjectType;
  if (!model || !isObjectType(type)) throw new Error(`No read model for ${typeName}`);
  const parts = ['__typename', ...Object.keys(model.leaves)];
  for (const [name, child] of Object.entries(model.children)) {
    const fieldType = getNamedType(type.getFields()[name]?.type) as GraphQLObjectType;
    if (child.kind === 'list') parts.push(`${name} { ${everyField(fieldType.name)} }`);
    else {
      const edge = getNamedType(fieldType.getFields().edges?.type) as GraphQLObjectType;
      const node = getNamedType(edge.getFields().node?.type) as GraphQLObjectType;
      parts.push(
        `${name}(first: 2) { __typename edges { __typename cursor node { ${everyField(node.name)} } } ${PAGE_INFO} }`,
      );
    }
  }
  return parts.join(' ');
}

const EVERYTHING = `query Everything($first: Int) {
  people(first: $first) { __typename edges { __typename cursor node { ${everyField('Person')} } } ${PAGE_INFO} }
}`;

const PERSON = `query Person($id: ID!) {
  node(id: $id) { __typename id ... on Person { ${everyField('Person')} } }
}`;

const SHAPES = `query Shapes($n: Int = 3) {
  __typename
  first: people(first: 2) { edges { node { ...Names ... on Node { id } } } }
  more: people(first: $n) { pageInfo { endCursor hasNextPage } edges { cursor } }
  people(first: 1) { edges { node { givenName budgets: personalBudgets(first: 1) { edges { node {
    total: annualTotalPence weeklyTotalPence } } } personalBudgets(first: 3) { pageInfo { hasNextPage } } } } }
}
fragment Names on Person { familyName ... on Person { givenName } name: familyName }`;

/** As the SDK lists people: cursor and filter as variables, null on a first page. */
const SDK_PEOPLE = `query People($first: Int!, $after: String, $filter: PeopleFilter) {
  people(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { node { id givenName familyName personalBudgets(first: 1, after: null) { edges { node { version } } } } }
  }
}`;

interface Case {
  readonly name: string;
  readonly query: string;
  /** Read when the case runs, after the data is seeded. */
  readonly variables?: () => Record<string, unknown>;
  /** Whether the compiled read answers it (otherwise it must fall back to the resolvers). */
  readonly compiled: boolean;
}

let t: TestApi;
let personIds: string[];
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  t = await startTestApi();
  await seedSyntheticData(t.db, { scale: 'small', seed: 1 });
  const people = await t.db.person.findMany({
    where: { councilId: DEMO_COUNCIL.id },
    orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
    select: { id: true },
    take: 40,
  });
  personIds = people.map((person) => person.id);
});

afterAll(() => t.close());

async function auditRowsAfter(id: bigint) {
  const rows = await t.db.auditLogEntry.findMany({
    where: { id: { gt: id } },
    orderBy: { id: 'asc' },
  });
  return rows
    .map(({ kind, operation, entity, entityIds, outcome, actorSubject }) => ({
      kind,
      operation,
      entity,
      entityIds: [...entityIds].sort(),
      outcome,
      actorSubject,
    }))
    .sort((a, b) => `${a.kind}${a.entity}`.localeCompare(`${b.kind}${b.entity}`));
}

async function lastAuditId(): Promise<bigint> {
  const last = await t.db.auditLogEntry.findFirst({
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  return last?.id ?? 0n;
}

async function answer(post: GraphQLPost, testCase: Case, token: string) {
  const before = await lastAuditId();
  t.resetStatements();
  const { status, body } = await post(testCase.query, {
    token,
    ...(testCase.variables ? { variables: testCase.variables() } : {}),
  });
  const statements = [...t.statements];
  return { status, body, statements, audit: await auditRowsAfter(before) };
}

const person = (index: number) => personIds[index] ?? '';

function cases(): Case[] {
  return [
    {
      name: 'the bench caseload, first 10',
      query: CASELOAD,
      variables: () => ({ first: 10 }),
      compiled: true,
    },
    {
      name: 'the bench caseload, first 50',
      query: CASELOAD,
      variables: () => ({ first: 50 }),
      compiled: true,
    },
    {
      name: 'every field, first 25',
      query: EVERYTHING,
      variables: () => ({ first: 25 }),
      compiled: true,
    },
    { name: 'every field, default page size', query: EVERYTHING, compiled: true },
    ...[0, 1, 2, 17, 39].map((index) => ({
      name: `person ${index + 1} by id`,
      query: PERSON,
      variables: () => ({ id: globalId('Person', person(index)) }),
      compiled: true,
    })),
    { name: 'aliases, fragments, __typename, a variable default', query: SHAPES, compiled: true },
    {
      name: 'the SDK’s people page, cursor and filter null',
      query: SDK_PEOPLE,
      variables: () => ({ first: 20, after: null, filter: null }),
      compiled: true,
    },
    // answered by the resolvers: what the compiled read leaves to them must still come out right
    {
      name: 'a page size over the maximum',
      query: EVERYTHING,
      variables: () => ({ first: 101 }),
      compiled: false,
    },
    {
      name: 'a page size of 0',
      query: EVERYTHING,
      variables: () => ({ first: 0 }),
      compiled: false,
    },
    {
      name: 'a person that does not exist',
      query: PERSON,
      variables: () => ({ id: globalId('Person', '00000000-0000-7000-8000-000000000000') }),
      compiled: false,
    },
    {
      name: 'a budget by id (not a person)',
      query: PERSON,
      variables: () => ({ id: globalId('PersonalBudget', person(0)) }),
      compiled: false,
    },
    {
      name: 'a cursor',
      query: `query After($after: String) { people(first: 2, after: $after) { edges { node { id } } } }`,
      variables: () => ({ after: Buffer.from(`GPC:S:${person(0)}`).toString('base64') }),
      compiled: false,
    },
    {
      name: 'the SDK’s people page with a filter',
      query: SDK_PEOPLE,
      variables: () => ({ first: 20, filter: { search: 'A' } }),
      compiled: false,
    },
    {
      name: 'the SDK’s people page after a cursor',
      query: SDK_PEOPLE,
      variables: () => ({ first: 5, after: Buffer.from(`GPC:S:${person(2)}`).toString('base64') }),
      compiled: false,
    },
    {
      name: 'a directive',
      query: `query Skip { people(first: 2) { edges { node { id givenName @skip(if: true) } } } }`,
      compiled: false,
    },
    {
      name: 'a field without a read model',
      query: `query Plans { people(first: 3) { edges { node { supportPlans(first: 1) { edges { node { outcomes { description } } } } } } } }`,
      compiled: false,
    },
  ];
}

describe.each(STAFF_ROLES)('compiled SQL read for %s', (role) => {
  let token: string;
  beforeAll(async () => {
    token = await t.tokenFor({
      councilId: DEMO_COUNCIL.id,
      roles: [role],
      subject: `staff:${role}`,
    });
    // the identity check asks the database once per subject per 30 s (docs/access.md); done here,
    // so that the statements counted below are the query's own
    await t.graphql('query Warm { __typename }', { token });
  });

  it.each(cases().map((testCase) => [testCase.name, testCase] as const))(
    'answers %s exactly as the resolvers do, with the same audit rows',
    async (_name, testCase) => {
      const compiled = await answer(t.graphql, testCase, token);
      const resolved = await answer(t.resolversOnly.graphql, testCase, token);
      expect(compiled.status).toBe(resolved.status);
      expect(compiled.body).toStrictEqual(resolved.body);
      expect(compiled.audit).toEqual(resolved.audit);
      // answered by the one compiled statement (and the audit insert), or wholly by the resolvers
      const [read = '', ...rest] = compiled.statements;
      const answeredByCompiledRead =
        read.includes('json_build_object') &&
        rest.length === 1 &&
        /^INSERT INTO audit_log/.test(rest[0] ?? '');
      expect(answeredByCompiledRead).toBe(testCase.compiled);
      if (testCase.compiled) expect(compiled.audit.length).toBeGreaterThan(0);
      expect(resolved.statements.some((sql) => sql.includes('json_build_object'))).toBe(false);
    },
  );
});
