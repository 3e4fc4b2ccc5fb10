import { schema } from '@openpb/graphql/schema';
import {
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

// Generated from the schema: every mutation is attacked, so a new one is attacked as soon as it
// exists. The inputs are well-formed but arbitrary: the point is that nothing gets past the door.

let t: TestApi;
let councilId: string;
let personGlobalId: string;

const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Pence: 100,
  Date: '2026-06-01',
  DateTime: '2026-06-01T09:00:00Z',
};

/** The record type a Relay global-ID input field takes (Pothos notes it in the field's extensions). */
function globalIdTarget(extensions: unknown): string {
  const targets = (extensions as { relayGlobalIDFor?: { typename: string }[] } | undefined)
    ?.relayGlobalIDFor;
  return targets?.[0]?.typename ?? 'Person';
}

function sample(type: GraphQLInputType, target: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, target);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type, globalIdTarget(field.extensions))]),
    );
  }
  // a real record of this council for Person, a well-formed id of the right type for the rest
  if (isScalarType(type) && type.name === 'ID') {
    return target === 'Person'
      ? personGlobalId
      : globalId(target, '0190a7c0-0000-7000-8000-00000000beef');
  }
  if (isScalarType(type)) return SCALAR_SAMPLES[type.name] ?? 'x';
  return null;
}

const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

async function rowCounts() {
  const rows = await t.db.$queryRaw<{ table: string; count: number }[]>`
    SELECT relname AS table, n_live_tup::int AS count FROM pg_stat_user_tables WHERE relname <> 'audit_log' ORDER BY relname`;
  return rows;
}

async function totalRows() {
  const tables = (await rowCounts()).map((row) => row.table);
  let total = 0;
  for (const table of tables) {
    const [row] = await t.db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${table}"`,
    );
    total += row?.count ?? 0;
  }
  return total;
}

function operationFor(name: string) {
  const field = schema.getMutationType()?.getFields()[name];
  const inputType = field?.args[0]?.type;
  return {
    query: `mutation Attack($input: ${String(inputType)}) { ${name}(input: $input) { __typename } }`,
    input: inputType ? sample(inputType, 'Person') : {},
  };
}

beforeAll(async () => {
  t = await startTestApi();
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  personGlobalId = globalId('Person', setup.personId);
});

afterAll(() => t.close());

describe.each(mutations.map((mutation) => mutation.name))('%s', (name) => {
  it('refuses an auditor (read-only), writes nothing, and audits the denial', async () => {
    const before = await totalRows();
    const token = await t.tokenFor({
      councilId,
      roles: ['AUDITOR'],
      subject: STAFF.auditor.subject,
    });
    const { query, input } = operationFor(name);
    const { body } = await t.graphql<Record<string, { __typename: string }>>(query, {
      token,
      variables: { input },
    });
    expect(body.data?.[name]?.__typename ?? 'refused').toMatch(/ForbiddenError|refused/);
    expect(await totalRows()).toBe(before);
    const denial = await t.db.auditLogEntry.findFirst({
      where: {
        kind: 'DENIAL',
        operation: `Attack:Mutation.${name}`,
        actorSubject: STAFF.auditor.subject,
      },
    });
    expect(denial).not.toBeNull();
  });

  it('refuses a caller from another council, writes nothing', async () => {
    const before = await totalRows();
    const outsider = await t.tokenFor({
      councilId: '0190a7c0-0000-7000-8000-0000000000aa',
      roles: ['QUALIFIED_SOCIAL_WORKER', 'TEAM_MANAGER', 'FINANCE_OFFICER', 'COUNCIL_ADMIN'],
      subject: STAFF.teamManager.subject,
    });
    const { query, input } = operationFor(name);
    const { body } = await t.graphql<Record<string, { __typename: string }>>(query, {
      token: outsider,
      variables: { input },
    });
    expect(body.data?.[name]?.__typename ?? 'refused').not.toMatch(/Success$/);
    expect(await totalRows()).toBe(before);
  });

  it('refuses a tampered and an expired token with 401', async () => {
    const token = await t.tokenFor({
      councilId,
      roles: ['TEAM_MANAGER'],
      subject: STAFF.teamManager.subject,
    });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, openpb_roles: ['COUNCIL_ADMIN'] })).toString('base64url')}.${signature}`;
    const expired = await t.tokenFor({
      councilId,
      roles: ['TEAM_MANAGER'],
      subject: STAFF.teamManager.subject,
      expiresIn: '-1m',
    });
    const { query, input } = operationFor(name);
    for (const bad of [tampered, expired]) {
      const { status } = await t.graphql(query, { token: bad, variables: { input } });
      expect(status).toBe(401);
    }
  });
});
