import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { schema } from '@openpb/graphql/schema';
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/auth/token-claims.ts';
import { globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';
import { lastAuditId, NO_RECORD, sample, tamper, totalRows } from './support/schema-attacks.ts';

// Generated from the schema: every query field, and every node type reachable by `node(id:)`, is
// attacked with another council's caller, a third-party app without a delegation, outside its
// scopes, with an expired and with a revoked delegation, and with a forged and an expired token.
// A new query field or node type is attacked as soon as it exists; a node type the fixture holds
// no record of fails the suite until it does.

const SECRET = 'generated-query-attacks-secret-0123';
const ALL_SCOPES = [
  'READ_PLAN',
  'READ_BUDGET',
  'READ_DP_LEDGER',
  'SUBMIT_EVIDENCE',
  'PROPOSE_PLAN',
  'MANAGE_DP_ACCOUNT',
];
const OTHER_COUNCIL = '0190a7c0-0000-7000-8000-0000000000aa';
const ALL_ROLES = STAFF_ROLES;

let t: TestApi;
let organisationId: string;
let brokerToken: string;
let personGlobalId: string;
/** One record of the council per node type. */
const records = new Map<string, string>();

type Body = Awaited<ReturnType<TestApi['graphql']>>['body'];

const nodeTypes = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => type.getInterfaces().some((i) => i.name === 'Node'));

const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
  (field) => field.name !== 'node',
);

type TypeRule = (record: {
  personId: string;
}) => { $any?: { delegated?: { scope?: string } } } | { staff: true };

/** The scope a third-party app needs to read a node type: null if any delegation will do. */
function readScopeOf(type: GraphQLObjectType): string | null | 'staff only' | 'open to apps' {
  const rule = (type.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions
    ?.authScopes;
  if (typeof rule !== 'function') {
    const open = (rule as { $any?: { thirdParty?: boolean } } | undefined)?.$any?.thirdParty;
    return open ? 'open to apps' : 'staff only';
  }
  // a rule that needs the request (D70: an endpoint and its deliveries are an app's only if of its
  // own organisation) decides by the record's owner, not by a delegation: the fixture's endpoint
  // and delivery are the council's systems', so an app is refused them whatever it was delegated
  if (rule.length > 1) return 'staff only';
  const scopes = (rule as TypeRule)({ personId: 'p' });
  return '$any' in scopes ? (scopes.$any?.delegated?.scope ?? null) : 'staff only';
}

type FieldRule = { thirdParty?: boolean; $any?: { thirdParty?: boolean } };

/** Open to apps by its rule, alone or as one of `$any` (e.g. webhookEndpoints: its own, D70). */
function isOpenToThirdParties(field: GraphQLField<unknown, unknown>): boolean {
  const rule = (field.extensions as { pothosOptions?: { authScopes?: FieldRule } }).pothosOptions
    ?.authScopes;
  return rule?.thirdParty === true || rule?.$any?.thirdParty === true;
}

/** A query of the field with its required arguments, selecting the ids of any records it lists. */
function operationFor(field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = Object.fromEntries(
    required.map((arg) => [arg.name, sample(arg.type, personGlobalId)]),
  );
  const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const result = getNamedType(field.type);
  const edges = isObjectType(result) ? result.getFields().edges : undefined;
  const item = edges ? getNamedType(edges.type) : undefined;
  const itemNode =
    item && isObjectType(item) ? getNamedType(item.getFields().node?.type) : undefined;
  const isNode =
    itemNode && isObjectType(itemNode) && itemNode.getInterfaces().some((i) => i.name === 'Node');
  const selection = edges
    ? `{ __typename edges { node { __typename ${isNode ? 'id' : ''} } } }`
    : '';
  const scalar = !isObjectType(result) && !('getTypes' in result);
  return {
    query: `query AttackQuery${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${scalar ? '' : selection || '{ __typename }'} }`,
    variables,
  };
}

const NODE_QUERY = 'query AttackNode($id: ID!) { node(id: $id) { __typename ... on Node { id } } }';

/** The broker's delegations: one from every person of the council, changed as given. */
async function delegateEveryone(change: Record<string, unknown> | null) {
  await t.db.delegation.deleteMany({ where: { organisationId } });
  if (!change) return;
  const people = await t.db.person.findMany({ select: { id: true, councilId: true } });
  await t.db.delegation.createMany({
    data: people.map((person) => ({
      councilId: person.councilId,
      personId: person.id,
      organisationId,
      scopes: ALL_SCOPES,
      grantedBy: 'COUNCIL',
      validFrom: new Date('2020-01-01T00:00:00Z'),
      recordedBySubject: 'staff:attacks',
      ...change,
    })),
  });
}

interface RecordFinder {
  findFirst(args: { select: { id: true } }): Promise<{ id: string } | null>;
}

/** Delegations that let the broker read nothing of `type` (null: none can be refused). */
function brokerCases(type: GraphQLObjectType | null): [string, Record<string, unknown> | null][] {
  const scope = type ? readScopeOf(type) : 'staff only';
  if (scope === 'open to apps') return [];
  return [
    ['without a delegation', null],
    ...(scope === null
      ? []
      : ([
          [
            'outside its scopes',
            { scopes: ALL_SCOPES.filter((each) => each !== scope && each.startsWith('READ')) },
          ],
        ] as [string, Record<string, unknown>][])),
    ['with an expired delegation', { validTo: new Date('2026-05-31T00:00:00Z') }],
    ['with a revoked delegation', { revokedAt: new Date('2026-05-01T00:00:00Z') }],
  ];
}

/** The body says: nothing there, or refused. */
function expectDenied(body: Body, field: string) {
  expect((body.data as Record<string, unknown> | undefined)?.[field] ?? null).toBeNull();
  for (const error of body.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
}

async function deniedAndAudited(token: string, query: string, variables: Record<string, unknown>) {
  const before = await totalRows(t.db);
  const since = await lastAuditId(t.db);
  const { body } = await t.graphql(query, { token, variables });
  expect(await totalRows(t.db)).toBe(before);
  const denials = await t.db.auditLogEntry.count({ where: { id: { gt: since }, kind: 'DENIAL' } });
  return { body, denials };
}

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-06-01T10:00:00Z') });
  await seedSyntheticData(t.db, { scale: 'small', seed: 7 });
  // a real council, so that its callers pass the identity check and probe tenancy itself
  await t.db.council.create({
    data: { id: OTHER_COUNCIL, laCode: 'Z97', name: 'Other Council', region: 'London' },
  });
  const app = await registerThirdPartyApp(t, {
    councilId: DEMO_COUNCIL.id,
    clientId: 'query-attack-broker',
    secret: SECRET,
    organisation: { type: 'BROKERAGE', name: 'Query Attack Brokerage' },
  });
  organisationId = app.organisationId;
  brokerToken = app.token;
  const person = await t.db.person.findFirstOrThrow({ where: { councilId: DEMO_COUNCIL.id } });
  personGlobalId = globalId('Person', person.id);
  // records the synthetic data set does not make
  const otherOrganisation = await t.db.organisation.create({
    data: { type: 'DPSS', name: 'Other' },
  });
  const otherDelegation = await t.db.delegation.create({
    data: {
      councilId: DEMO_COUNCIL.id,
      personId: person.id,
      organisationId: otherOrganisation.id,
      scopes: ['READ_PLAN'],
      grantedBy: 'PERSON',
      validFrom: new Date('2026-01-01T00:00:00Z'),
      recordedBySubject: 'staff:attacks',
    },
  });
  // spend another app submitted for review (D98): the broker may never read it
  const agreement = await t.db.directPaymentAgreement.findFirstOrThrow({
    where: { councilId: DEMO_COUNCIL.id },
  });
  const submittingDelegation = await t.db.delegation.create({
    data: {
      ...otherDelegation,
      id: undefined,
      personId: agreement.personId,
      scopes: ['SUBMIT_EVIDENCE'],
    },
  });
  await t.db.spendSubmission.create({
    data: {
      councilId: DEMO_COUNCIL.id,
      agreementId: agreement.id,
      personId: agreement.personId,
      delegationId: submittingDelegation.id,
      organisationId: otherOrganisation.id,
      postedDate: new Date('2026-05-20T00:00:00Z'),
      amountPence: -4_500,
      counterpartyName: 'Leisure Centre',
      counterpartyType: 'RETAIL',
      spendCategory: 'ACTIVITY_OR_MEMBERSHIP',
      evidenceRef: 'RCPT-ATTACK',
      submittedAt: new Date('2026-05-21T09:00:00Z'),
    },
  });
  const caredFor = await t.db.person.findFirstOrThrow({
    where: { councilId: DEMO_COUNCIL.id, id: { not: person.id } },
  });
  await t.db.carerLink.create({
    data: {
      councilId: DEMO_COUNCIL.id,
      carerPersonId: person.id,
      caredForPersonId: caredFor.id,
      validFrom: new Date('2026-01-01T00:00:00Z'),
      recordedBySubject: 'staff:attacks',
    },
  });
  // a council system's webhook endpoint and one delivery to it (no seed makes them)
  const endpoint = await t.db.webhookEndpoint.create({
    data: {
      id: '0193a000-0000-7000-8000-00000000e001',
      councilId: DEMO_COUNCIL.id,
      url: 'https://council.example/hooks',
      secret: 'whsec_attacks',
      createdBySubject: 'staff:attacks',
    },
  });
  const event = await t.db.domainEvent.create({
    data: {
      id: '0193a000-0000-7000-8000-00000000e002',
      councilId: DEMO_COUNCIL.id,
      type: 'person.created',
      version: 1,
      personId: person.id,
      subject: personGlobalId,
      occurredAt: new Date('2026-06-01T09:00:00Z'),
      payload: {},
    },
  });
  await t.db.webhookDelivery.create({
    data: {
      councilId: DEMO_COUNCIL.id,
      endpointId: endpoint.id,
      eventId: event.id,
      eventPosition: event.position,
      personId: person.id,
      nextAttemptAt: new Date('2026-06-01T10:00:00Z'),
    },
  });
  for (const type of nodeTypes) {
    const model = `${type.name[0]?.toLowerCase()}${type.name.slice(1)}`;
    const delegate = (t.db as unknown as Record<string, RecordFinder | undefined>)[model];
    const row = await delegate?.findFirst({ select: { id: true } });
    if (row) records.set(type.name, globalId(type.name, row.id));
  }
}, 180_000);

afterAll(() => t.close());

describe.each(nodeTypes.map((type) => type.name))('node(id:) of a %s', (typeName) => {
  const type = nodeTypes.find((each) => each.name === typeName) as GraphQLObjectType;

  it('is in the fixture, so that it is attacked', () => {
    expect(records.get(typeName), `add a ${typeName} to the fixture`).toBeDefined();
  });

  it('answers another council’s caller exactly like an id that does not exist, and audits it', async () => {
    const outsider = await t.tokenFor({ councilId: OTHER_COUNCIL, roles: [...ALL_ROLES] });
    const { body, denials } = await deniedAndAudited(outsider, NODE_QUERY, {
      id: records.get(typeName),
    });
    const missing = await t.graphql(NODE_QUERY, {
      token: outsider,
      variables: { id: globalId(typeName, NO_RECORD) },
    });
    expect(body).toEqual({ data: { node: null } });
    expect(missing.body).toEqual(body);
    expect(denials).toBeGreaterThan(0);
  });

  it.each(brokerCases(type))(
    'refuses a third-party app %s, and audits it',
    async (_, delegations) => {
      await delegateEveryone(delegations);
      const { body, denials } = await deniedAndAudited(brokerToken, NODE_QUERY, {
        id: records.get(typeName),
      });
      expectDenied(body, 'node');
      expect(denials).toBeGreaterThan(0);
    },
  );
});

describe.each(queryFields.map((field) => field.name))('Query.%s', (name) => {
  const field = queryFields.find((each) => each.name === name) as GraphQLField<unknown, unknown>;

  it('shows another council’s caller none of this council’s records', async () => {
    const outsider = await t.tokenFor({ councilId: OTHER_COUNCIL, roles: [...ALL_ROLES] });
    const { query, variables } = operationFor(field);
    const before = await totalRows(t.db);
    const { body } = await t.graphql(query, { token: outsider, variables });
    expect(await totalRows(t.db)).toBe(before);
    expect(JSON.stringify(body)).not.toMatch(/"id":/);
  });

  // a field open to apps lists everyone with a delegation in force, whatever its scopes
  const cases = brokerCases(null).filter(
    ([label]) => !(isOpenToThirdParties(field) && label === 'outside its scopes'),
  );
  it.each(cases)(
    'gives a third-party app %s nothing, and audits a refusal',
    async (_, delegations) => {
      await delegateEveryone(delegations);
      const { query, variables } = operationFor(field);
      const { body, denials } = await deniedAndAudited(brokerToken, query, variables);
      if (isOpenToThirdParties(field)) {
        // open to apps by design, and empty without a delegation in force
        expect(JSON.stringify(body)).not.toMatch(/"id":/);
        expect(body.errors).toBeUndefined();
      } else {
        expectDenied(body, name);
        expect(denials).toBeGreaterThan(0);
      }
    },
  );

  it('refuses a forged and an expired token with 401', async () => {
    const token = await t.tokenFor({ councilId: DEMO_COUNCIL.id, roles: ['TEAM_MANAGER'] });
    const expired = await t.tokenFor({
      councilId: DEMO_COUNCIL.id,
      roles: ['TEAM_MANAGER'],
      expiresIn: '-1m',
    });
    const { query, variables } = operationFor(field);
    for (const bad of [
      tamper(token, { openpb_roles: ['COUNCIL_ADMIN'] }),
      tamper(brokerToken, { openpb_council: OTHER_COUNCIL }),
      expired,
    ]) {
      const { status } = await t.graphql(query, { token: bad, variables });
      expect(status).toBe(401);
    }
  });
});
