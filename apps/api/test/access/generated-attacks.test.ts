import { schema } from '@openpb/graphql/schema';
import { getNamedType, isInputObjectType } from 'graphql';
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

/** Records of another organisation, or of the council's systems, by type (filled in beforeAll). */
const FOREIGN: Record<'another organisation' | 'the council’s systems', Record<string, string>> = {
  'another organisation': {},
  'the council’s systems': {},
};

/**
 * A mutation an app may call for its own organisation's records without any delegation (D70: its
 * webhook endpoints and their deliveries): staff by role or `$any` app, the resolver keeping an
 * app to its own organisation. Delegations do not matter to it; another's records do.
 */
function managedByApps(name: string): boolean {
  const field = schema.getMutationType()?.getFields()[name];
  const rule = (field?.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)
    ?.pothosOptions?.authScopes as { $any?: { thirdParty?: boolean } } | undefined;
  return rule?.$any?.thirdParty === true;
}

function operationFor(name: string, records: Record<string, string> = {}) {
  const field = schema.getMutationType()?.getFields()[name];
  const inputType = field?.args[0]?.type;
  const input = (inputType ? sample(inputType, personGlobalId) : {}) as Record<string, unknown>;
  const named = inputType ? getNamedType(inputType) : undefined;
  if (isInputObjectType(named)) {
    for (const each of Object.values(named.getFields())) {
      const targets = (each.extensions as { relayGlobalIDFor?: { typename: string }[] })
        .relayGlobalIDFor;
      const record = records[targets?.[0]?.typename ?? ''];
      if (record) input[each.name] = record;
      // a well-formed URL, so that the request gets as far as whose record it is
      if (each.name === 'url' && Object.keys(records).length > 0) {
        input[each.name] = 'https://attack.example/hooks';
      }
    }
  }
  return {
    query: `mutation Attack($input: ${String(inputType)}) { ${name}(input: $input) { __typename } }`,
    input,
  };
}

/** The cases of an app-managed mutation: each owner whose record one of its inputs names. */
function foreignCases(name: string): [string, Record<string, string>][] {
  const field = schema.getMutationType()?.getFields()[name];
  const named = field?.args[0] ? getNamedType(field.args[0].type) : undefined;
  const types = isInputObjectType(named)
    ? Object.values(named.getFields()).map(
        (each) =>
          (each.extensions as { relayGlobalIDFor?: { typename: string }[] }).relayGlobalIDFor?.[0]
            ?.typename,
      )
    : [];
  const owners = Object.keys(FOREIGN) as (keyof typeof FOREIGN)[];
  return owners
    .filter((owner) => types.some((type) => type && type in FOREIGN_TYPES[owner]))
    .map((owner) => [owner, FOREIGN[owner]]);
}

/** The record types each owner of `FOREIGN` has (known before the records exist). */
const FOREIGN_TYPES: Record<keyof typeof FOREIGN, Record<string, true>> = {
  'another organisation': { Organisation: true, WebhookEndpoint: true, WebhookDelivery: true },
  'the council’s systems': { WebhookEndpoint: true, WebhookDelivery: true },
};

/** The webhook endpoints and deliveries as stored: a refused request changes none of them. */
const webhookRows = () =>
  Promise.all([
    t.db.webhookEndpoint.findMany({ orderBy: { id: 'asc' } }),
    t.db.webhookDelivery.findMany({ orderBy: { id: 'asc' } }),
  ]);

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
  // another organisation's endpoint and one of the council's systems, each with a delivery
  const other = await t.db.organisation.create({ data: { type: 'DPSS', name: 'Other Org' } });
  const event = await t.db.domainEvent.create({
    data: {
      id: '0193a000-0000-7000-8000-00000000f001',
      councilId,
      type: 'person.created',
      version: 1,
      personId,
      subject: personGlobalId,
      occurredAt: new Date('2026-06-01T09:00:00Z'),
      payload: {},
    },
  });
  for (const [owner, ownerId] of [
    ['another organisation', other.id],
    ['the council’s systems', null],
  ] as const) {
    const endpoint = await t.db.webhookEndpoint.create({
      data: {
        id: crypto.randomUUID(),
        councilId,
        organisationId: ownerId,
        url: 'https://owner.example/hooks',
        secret: 'whsec_attacks',
        createdBySubject: 'staff:attacks',
      },
    });
    const delivery = await t.db.webhookDelivery.create({
      data: {
        councilId,
        endpointId: endpoint.id,
        eventId: event.id,
        eventPosition: event.position,
        personId,
        nextAttemptAt: new Date('2026-06-01T10:00:00Z'),
      },
    });
    FOREIGN[owner].WebhookEndpoint = globalId('WebhookEndpoint', endpoint.id);
    FOREIGN[owner].WebhookDelivery = globalId('WebhookDelivery', delivery.id);
    if (ownerId) FOREIGN[owner].Organisation = globalId('Organisation', ownerId);
  }
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

  const managed = managedByApps(name);
  const foreign = managed ? foreignCases(name) : [];

  it.skipIf(!managed || foreign.length > 0)(
    'is attacked with another’s record (an app manages its own organisation’s)',
    () => {
      expect(foreign, `no input of ${name} names a record FOREIGN holds`).not.toHaveLength(0);
    },
  );

  it.each(foreign)(
    'refuses a third-party app a record of %s, writes nothing, and audits it',
    async (_, records) => {
      const before = await totalRows(t.db);
      const rows = await webhookRows();
      const since = await lastAuditId(t.db);
      const { query, input } = operationFor(name, records);
      const { body } = await t.graphql<Record<string, { __typename: string }>>(query, {
        token: brokerToken,
        variables: { input },
      });
      expect(body.data?.[name]?.__typename ?? 'refused').toMatch(/ForbiddenError|NotFoundError/);
      expect(await totalRows(t.db)).toBe(before);
      expect(await webhookRows()).toEqual(rows);
      // Forbidden is a denial, NotFound (as if it did not exist, D70) the write's outcome: both
      // rows name the field alike, `<operation>:Mutation.<name>`
      const audited = await t.db.auditLogEntry.findFirst({
        where: {
          id: { gt: since },
          actorSubject: 'client:attack-broker',
          outcome: { in: ['FORBIDDEN', 'NOT_FOUND'] },
        },
      });
      expect(audited?.operation).toBe(`Attack:Mutation.${name}`);
    },
  );

  it.each(managed ? [] : BROKER_CASES)(
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
