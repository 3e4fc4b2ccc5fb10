import { schema } from '@openpb/graphql/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';
import { lastAuditId, sample, tamper, totalRows } from './support/schema-attacks.ts';

// Generated from the schema: every mutation is attacked, so a new one is attacked as soon as it
// exists. The inputs are well-formed but arbitrary: the point is that nothing gets past the door.

const BROKER_SECRET = 'generated-attacks-secret-0123456789';
const READ_SCOPES = ['READ_PLAN', 'READ_BUDGET', 'READ_DP_LEDGER'];
const ALL_SCOPES = [...READ_SCOPES, 'SUBMIT_EVIDENCE', 'PROPOSE_PLAN', 'MANAGE_DP_ACCOUNT'];

let t: TestApi;
let councilId: string;
let personId: string;
let personGlobalId: string;
let organisationId: string;
let brokerToken: string;

const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

function operationFor(name: string) {
  const field = schema.getMutationType()?.getFields()[name];
  const inputType = field?.args[0]?.type;
  return {
    query: `mutation Attack($input: ${String(inputType)}) { ${name}(input: $input) { __typename } }`,
    input: inputType ? sample(inputType, personGlobalId) : {},
  };
}

/** The broker's delegations from the person: a fresh set for each attack. */
async function delegateOnly(delegations: Record<string, unknown>[]) {
  await t.db.delegation.deleteMany();
  for (const change of delegations) {
    await t.db.delegation.create({
      data: {
        councilId,
        personId,
        organisationId,
        scopes: ALL_SCOPES,
        grantedBy: 'PERSON',
        validFrom: new Date('2026-01-01T00:00:00Z'),
        recordedBySubject: 'staff:sw',
        ...change,
      },
    });
  }
}

/** Delegations that allow the broker nothing it could write. */
const BROKER_CASES: [string, Record<string, unknown>[]][] = [
  ['without a delegation', []],
  ['outside its scopes', [{ scopes: READ_SCOPES }]],
  ['with an expired delegation', [{ validTo: new Date('2026-05-31T00:00:00Z') }]],
  ['with a revoked delegation', [{ revokedAt: new Date('2026-05-01T00:00:00Z') }]],
];

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-06-01T10:00:00Z') });
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  personId = setup.personId;
  personGlobalId = globalId('Person', setup.personId);
  const app = await registerThirdPartyApp(t, {
    councilId: councilId,
    clientId: 'attack-broker',
    secret: BROKER_SECRET,
    organisation: { type: 'BROKERAGE', name: 'Attack Brokerage' },
  });
  organisationId = app.organisationId;
  brokerToken = app.token;
});

afterAll(() => t.close());

describe.each(mutations.map((mutation) => mutation.name))('%s', (name) => {
  it('refuses an auditor (read-only), writes nothing, and audits the denial', async () => {
    const before = await totalRows(t.db);
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
    expect(await totalRows(t.db)).toBe(before);
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
    const before = await totalRows(t.db);
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
    expect(await totalRows(t.db)).toBe(before);
  });

  it.each(BROKER_CASES)(
    'refuses a third-party app %s, writes nothing, and audits the denial',
    async (_, delegations) => {
      await delegateOnly(delegations);
      const before = await totalRows(t.db);
      const since = await lastAuditId(t.db);
      const { query, input } = operationFor(name);
      const { body } = await t.graphql<Record<string, { __typename: string }>>(query, {
        token: brokerToken,
        variables: { input },
      });
      expect(body.data?.[name]?.__typename ?? 'refused').toMatch(
        /ForbiddenError|NotFoundError|refused/,
      );
      expect(await totalRows(t.db)).toBe(before);
      const denial = await t.db.auditLogEntry.findFirst({
        where: { id: { gt: since }, kind: 'DENIAL', actorSubject: 'client:attack-broker' },
      });
      expect(denial?.operation).toBe(`Attack:Mutation.${name}`);
    },
  );

  it('refuses a tampered and an expired token with 401', async () => {
    const token = await t.tokenFor({
      councilId,
      roles: ['TEAM_MANAGER'],
      subject: STAFF.teamManager.subject,
    });
    const expired = await t.tokenFor({
      councilId,
      roles: ['TEAM_MANAGER'],
      subject: STAFF.teamManager.subject,
      expiresIn: '-1m',
    });
    const forgedBroker = tamper(brokerToken, { openpb_org: organisationId, sub: 'client:other' });
    const { query, input } = operationFor(name);
    for (const bad of [tamper(token, { openpb_roles: ['COUNCIL_ADMIN'] }), expired, forgedBroker]) {
      const { status } = await t.graphql(query, { token: bad, variables: { input } });
      expect(status).toBe(401);
    }
  });
});
