import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { schema } from '@openpb/graphql/schema';
import {
  everyPersonField,
  onePersonEveryField,
} from '@openpb/graphql/sql-reads/every-compiled-field';
import { sqlReadCounts } from '@openpb/graphql/sql-reads/fallback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/auth/token-claims.ts';
import { CASELOAD } from '../../src/testing/caseload-query.ts';
import { type GraphQLPost, startTestApi, type TestApi } from '../support/test-api.ts';

/**
 * The compiled SQL read (docs/decisions.md D15) must answer exactly as the resolvers do: the same
 * response and the same audit rows, for every staff role. (Only the order of keys within an object
 * may differ: the compiled read follows the spec's field collection order, graphql-jit not quite.) Both APIs serve the same
 * database; the selections are generated from the fields' own SQL declarations (D80), so a field
 * that declares its SQL is compared here without anyone writing a query for it.
 */

const EVERYTHING = everyPersonField(schema);

const PERSON = onePersonEveryField(schema);

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
  /** Why the compiled read leaves it to the resolvers, as counted (fallback.ts); none if refused first. */
  readonly fallback?: string;
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
      // refused by demand control before it runs: neither answered nor a fallback
      compiled: false,
    },
    {
      name: 'a page size of 0',
      query: EVERYTHING,
      variables: () => ({ first: 0 }),
      compiled: false,
      fallback: 'page-size',
    },
    {
      name: 'a person that does not exist',
      query: PERSON,
      variables: () => ({ id: globalId('Person', '00000000-0000-7000-8000-000000000000') }),
      compiled: false,
      fallback: 'not-a-person',
    },
    {
      name: 'a budget by id (not a person)',
      query: PERSON,
      variables: () => ({ id: globalId('PersonalBudget', person(0)) }),
      compiled: false,
      fallback: 'not-a-person',
    },
    {
      name: 'a cursor',
      query: `query After($after: String) { people(first: 2, after: $after) { edges { node { id } } } }`,
      variables: () => ({ after: Buffer.from(`GPC:S:${person(0)}`).toString('base64') }),
      compiled: false,
      fallback: 'not-a-first-page',
    },
    {
      name: 'the SDK’s people page with a filter',
      query: SDK_PEOPLE,
      variables: () => ({ first: 20, filter: { search: 'A' } }),
      compiled: false,
      fallback: 'not-a-first-page',
    },
    {
      name: 'the SDK’s people page after a cursor',
      query: SDK_PEOPLE,
      variables: () => ({ first: 5, after: Buffer.from(`GPC:S:${person(2)}`).toString('base64') }),
      compiled: false,
      fallback: 'not-a-first-page',
    },
    {
      name: 'totalCount of the people and of a child connection (counted in the same statement)',
      query: `query Counted { people(first: 3) { totalCount edges { node { id personalBudgets(first: 1) { totalCount } supportPlans(first: 1) { totalCount edges { node { version } } } } } } }`,
      compiled: true,
    },
    {
      name: 'a directive',
      query: `query Skip { people(first: 2) { edges { node { id givenName @skip(if: true) } } } }`,
      compiled: false,
      fallback: 'directive',
    },
    {
      name: 'a field the resolvers answer (excluded on the field)',
      query: `query Plans { people(first: 3) { edges { node { supportPlans(first: 1) { edges { node { outcomes { description } } } } } } } }`,
      compiled: false,
      fallback: 'field-not-compiled',
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
      const before = sqlReadCounts();
      const compiled = await answer(t.graphql, testCase, token);
      const after = sqlReadCounts();
      const resolved = await answer(t.resolversOnly.graphql, testCase, token);
      expect(compiled.status).toBe(resolved.status);
      expect(compiled.body).toStrictEqual(resolved.body);
      expect(compiled.audit).toEqual(resolved.audit);
      // answered by the one compiled statement (and the audit insert), or wholly by the resolvers
      const [read = '', ...rest] = compiled.statements;
      const answeredByCompiledRead =
        read.includes('json_build_array') &&
        rest.length === 1 &&
        /^INSERT INTO audit_log/.test(rest[0] ?? '');
      expect(answeredByCompiledRead).toBe(testCase.compiled);
      if (testCase.compiled) expect(compiled.audit.length).toBeGreaterThan(0);
      // each request counted once: an answer, or a fallback with its reason
      if (testCase.compiled) expect(after.compiled).toBe(before.compiled + 1);
      else if (!testCase.fallback) expect(after).toEqual(before);
      else {
        const reason = testCase.fallback as keyof typeof after.fallbacks;
        expect(after.fallbacks[reason] ?? 0).toBe((before.fallbacks[reason] ?? 0) + 1);
      }
      expect(resolved.statements.some((sql) => sql.includes('json_build_array'))).toBe(false);
    },
  );
});
