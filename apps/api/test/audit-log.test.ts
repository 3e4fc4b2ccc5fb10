import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId, STAFF } from './support/fixtures.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

let t: TestApi;
let councilId: string;
let personId: string;
let socialWorker: string;
let auditor: string;

const latest = () => t.db.auditLogEntry.findMany({ orderBy: { id: 'desc' } });

beforeAll(async () => {
  t = await startTestApi();
  ({ councilId, personId } = await createCouncilWithStaff(t.db));
  socialWorker = await t.tokenFor({
    councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: STAFF.socialWorker.subject,
  });
  auditor = await t.tokenFor({ councilId, roles: ['AUDITOR'], subject: STAFF.auditor.subject });
});

afterAll(() => t.close());

describe('audit log', () => {
  it('records every read of personal data with the ids read', async () => {
    await t.graphql('query Caseload { people(first: 10) { edges { node { givenName } } } }', {
      token: socialWorker,
    });
    const [entry] = await latest();
    expect(entry).toMatchObject({
      councilId,
      actorSubject: STAFF.socialWorker.subject,
      kind: 'READ',
      operation: 'Caseload',
      entity: 'Person',
      entityIds: [personId],
      outcome: 'OK',
    });
  });

  it('records every write with its outcome, including a refused one', async () => {
    const mutation =
      'mutation Add($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }';
    await t.graphql(mutation, {
      token: socialWorker,
      variables: {
        input: {
          laPersonId: 'EM-200',
          givenName: 'A',
          familyName: 'B',
          birthDate: '2015-01-01',
          gender: 'MALE',
          ethnicity: 'WHITE_BRITISH',
          postcode: 'EM1 1AA',
          clientType: 'SERVICE_USER',
          primarySupportReason: 'MENTAL_HEALTH',
          accommodationStatus: 'OWNER_OCCUPIER',
          mentalCapacityForDp: 'CAPACITY_PRESENT',
        },
      },
    });
    const [entry] = await latest();
    expect(entry).toMatchObject({
      kind: 'WRITE',
      operation: 'Add:Mutation.createPerson',
      outcome: 'VALIDATION_FAILED',
    });
  });

  it('records a denial by role, and one without a valid token', async () => {
    await t.graphql('query Snoop { auditLog(first: 5) { edges { node { kind } } } }', {
      token: socialWorker,
    });
    expect((await latest())[0]).toMatchObject({
      kind: 'DENIAL',
      operation: 'Snoop:Query.auditLog',
      outcome: 'FORBIDDEN',
    });
    const { status } = await t.graphql('query Anonymous { viewer { subject } }', {
      token: 'not-a-token',
    });
    expect(status).toBe(401);
    expect((await latest())[0]).toMatchObject({
      kind: 'DENIAL',
      councilId: null,
      actorSubject: 'anonymous',
      outcome: 'UNAUTHENTICATED',
    });
  });

  it('lets an auditor read the council’s log, filtered by the record touched', async () => {
    const { body } = await t.graphql<{
      auditLog: {
        edges: { node: { kind: string; entity: string | null; actorSubject: string } }[];
      };
    }>(
      'query Trail($id: ID!) { auditLog(first: 20, filter: { entityId: $id }) { edges { node { kind entity actorSubject } } } }',
      { token: auditor, variables: { id: globalId('Person', personId) } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.auditLog.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'READ',
      entity: 'Person',
      actorSubject: STAFF.socialWorker.subject,
    });
  });

  it('gives the records it names as global ids, which node(id:) takes (D67)', async () => {
    const entry = await t.db.auditLogEntry.create({
      data: {
        councilId,
        actorSubject: 'client:test-app',
        kind: 'WRITE',
        operation: 'Test:Mutation.proposeSupportPlan',
        entity: 'Person',
        entityIds: [personId],
        actingForPersonId: personId,
        delegationId: '0194a1b2-0000-7000-8000-00000000d001',
        outcome: 'OK',
      },
    });
    const { body } = await t.graphql<{
      auditLog: {
        edges: {
          node: { entityIds: string[]; actingForPersonId: string; delegationId: string };
        }[];
      };
    }>(
      'query Trail($id: ID!) { auditLog(first: 1, filter: { entityId: $id, actorSubject: "client:test-app" }) { edges { node { entityIds actingForPersonId delegationId } } } }',
      { token: auditor, variables: { id: globalId('Person', personId) } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.auditLog.edges).toEqual([
      {
        node: {
          entityIds: [globalId('Person', personId)],
          actingForPersonId: globalId('Person', personId),
          delegationId: globalId('Delegation', entry.delegationId ?? ''),
        },
      },
    ]);
    const node = await t.graphql<{ node: { familyName: string } | null }>(
      'query P($id: ID!) { node(id: $id) { ... on Person { familyName } } }',
      { token: auditor, variables: { id: body.data?.auditLog.edges[0]?.node.entityIds[0] } },
    );
    expect(node.body.data?.node).toEqual({ familyName: 'Crawley' });
  });

  it('cannot be changed or removed, by any role', async () => {
    await expect(
      t.db.$executeRawUnsafe('UPDATE audit_log SET outcome = $1', 'TAMPERED'),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await latest()).some((entry) => entry.outcome === 'TAMPERED')).toBe(false);
  });
});
