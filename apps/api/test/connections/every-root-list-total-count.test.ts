import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { schema } from '@openpb/graphql/schema';
import { type GraphQLField, getNamedType, isNonNullType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/auth/token-claims.ts';
import { createHttpServer } from '../../src/http-server.ts';
import { sample } from '../access/support/schema-attacks.ts';
import { globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';

// Every root list answers `totalCount` (D66), generated from the schema so that a new list is
// asked as soon as it exists: over the real HTTP server, on the synthetic council, as staff with
// every role (and as a third-party app for the lists open to apps). The count must be the
// number of records the pages hold, walked to the end.

const PAGE = 100;
/** Lists longer than this are checked on their first page only (count ≥ page, more pages). */
const WALK_LIMIT = 600;

let t: TestApi;
let server: Server;
let url: string;
let staffToken: string;
let appToken: string;
let personGlobalId: string;

interface Page {
  totalCount: number;
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const rootLists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) => {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'totalCount' in type.getFields() && 'edges' in type.getFields();
});

type FieldRule = { thirdParty?: boolean; $any?: { thirdParty?: boolean; staff?: unknown } };

function ruleOf(field: GraphQLField<unknown, unknown>): FieldRule | undefined {
  return (field.extensions as { pothosOptions?: { authScopes?: FieldRule } }).pothosOptions
    ?.authScopes;
}

const forApps = (field: GraphQLField<unknown, unknown>) =>
  ruleOf(field)?.thirdParty === true || ruleOf(field)?.$any?.thirdParty === true;
const forStaff = (field: GraphQLField<unknown, unknown>) => ruleOf(field)?.thirdParty !== true;

async function page(
  token: string,
  field: GraphQLField<unknown, unknown>,
  after: string | null,
): Promise<Page> {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables: Record<string, unknown> = Object.fromEntries(
    required.map((arg) => [arg.name, sample(arg.type, personGlobalId)]),
  );
  variables.after = after;
  const declared = [
    ...required.map((arg) => `$${arg.name}: ${String(arg.type)}`),
    '$after: String',
  ].join(', ');
  const passed = [...required.map((arg) => `${arg.name}: $${arg.name}`), 'after: $after'].join(
    ', ',
  );
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `query Count(${declared}) { list: ${field.name}(${passed}, first: ${PAGE}) {
        totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
      variables,
    }),
  });
  const body = (await response.json()) as { data?: { list: Page }; errors?: unknown[] };
  expect(body.errors, field.name).toBeUndefined();
  return body.data?.list as Page;
}

/** The list's totalCount, and how many records its pages hold (or the first page's, if long). */
async function countAndWalk(token: string, field: GraphQLField<unknown, unknown>) {
  let current = await page(token, field, null);
  const totalCount = current.totalCount;
  let held = current.edges.length;
  if (totalCount > WALK_LIMIT) return { totalCount, held, walked: false, more: current.pageInfo };
  while (current.pageInfo.hasNextPage) {
    current = await page(token, field, current.pageInfo.endCursor);
    expect(current.totalCount, `${field.name} on a later page`).toBe(totalCount);
    held += current.edges.length;
  }
  return { totalCount, held, walked: true, more: current.pageInfo };
}

beforeAll(async () => {
  t = await startTestApi();
  await seedSyntheticData(t.db, { scale: 'small', seed: 11 });
  staffToken = await t.tokenFor({
    councilId: DEMO_COUNCIL.id,
    roles: [...STAFF_ROLES],
    subject: 'staff:every-list',
  });
  const app = await registerThirdPartyApp(t, {
    councilId: DEMO_COUNCIL.id,
    clientId: 'every-list-broker',
    secret: 'every-list-broker-secret-0123456',
    organisation: { type: 'BROKERAGE', name: 'Every List Brokerage' },
  });
  appToken = app.token;
  const person = await t.db.person.findFirstOrThrow({ where: { councilId: DEMO_COUNCIL.id } });
  personGlobalId = globalId('Person', person.id);
  await t.db.delegation.create({
    data: {
      councilId: DEMO_COUNCIL.id,
      personId: person.id,
      organisationId: app.organisationId,
      scopes: ['READ_PLAN', 'READ_BUDGET'],
      grantedBy: 'PERSON',
      validFrom: new Date('2026-01-01T00:00:00Z'),
      recordedBySubject: 'staff:every-list',
    },
  });
  server = createHttpServer({ api: t.api, corsOrigins: [], clientTokens: t.tokenExchange });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

describe('totalCount on every root list', () => {
  it('finds the lists to ask', () => {
    expect(rootLists.map((field) => field.name)).toEqual(
      expect.arrayContaining(['people', 'delegatedPeople', 'auditLog', 'webhookEndpoints']),
    );
  });

  it.each(rootLists.filter(forStaff).map((field) => [field.name, field] as const))(
    '%s, as staff: the count of what its pages hold',
    async (_name, field) => {
      const { totalCount, held, walked, more } = await countAndWalk(staffToken, field);
      if (walked) expect(totalCount).toBe(held);
      else {
        expect(held).toBe(PAGE);
        expect(more.hasNextPage).toBe(true);
      }
    },
  );

  it.each(rootLists.filter(forApps).map((field) => [field.name, field] as const))(
    '%s, as a third-party app: the count of what its pages hold',
    async (_name, field) => {
      const { totalCount, held, walked } = await countAndWalk(appToken, field);
      expect(walked).toBe(true);
      expect(totalCount).toBe(held);
    },
  );

  it('counts records, not zero, on the seeded council', async () => {
    const people = rootLists.find((field) => field.name === 'people');
    if (!people) throw new Error('no people list');
    const { totalCount } = await countAndWalk(staffToken, people);
    expect(totalCount).toBe(await t.db.person.count({ where: { councilId: DEMO_COUNCIL.id } }));
    const delegated = rootLists.find((field) => field.name === 'delegatedPeople');
    if (!delegated) throw new Error('no delegatedPeople list');
    expect((await countAndWalk(appToken, delegated)).totalCount).toBe(1);
  });
});
