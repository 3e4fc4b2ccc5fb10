import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyCouncil, createCouncilWithStaff, globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';

// Least privilege for organisations (D30): shared by councils, an organisation is read by a
// council's staff only when it is related to their council, and by an app only when it is its own.

let t: TestApi;
let councilId: string;
let otherCouncilId: string;
let adminToken: string;
let staffToken: string;
let otherStaffToken: string;

const NODE = 'query ($id: ID!) { node(id: $id) { __typename ... on Organisation { id name } } }';
const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { __typename ... on MutationRegisterOrganisationSuccess { organisation { id } } } }`;

async function read(token: string, id: string) {
  const since = (await t.db.auditLogEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
  const { body } = await t.graphql<{ node: { name: string } | null }>(NODE, {
    token,
    variables: { id },
  });
  const denials = await t.db.auditLogEntry.count({ where: { id: { gt: since }, kind: 'DENIAL' } });
  return { body, name: body.data?.node?.name ?? null, denials };
}

async function register(token: string, name: string): Promise<string> {
  const { body } = await t.graphql<{ registerOrganisation: { organisation: { id: string } } }>(
    REGISTER,
    { token, variables: { input: { type: 'BROKERAGE', name } } },
  );
  const id = body.data?.registerOrganisation.organisation.id;
  if (!id) throw new Error(JSON.stringify(body));
  return id;
}

beforeAll(async () => {
  t = await startTestApi();
  councilId = (await createCouncilWithStaff(t.db)).councilId;
  otherCouncilId = await addEmptyCouncil(t.db);
  adminToken = await t.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'], subject: 'staff:admin' });
  staffToken = await t.tokenFor({ councilId, roles: ['QUALIFIED_SOCIAL_WORKER'] });
  otherStaffToken = await t.tokenFor({
    councilId: otherCouncilId,
    roles: ['COUNCIL_ADMIN'],
    subject: 'staff:other-admin',
  });
});

afterAll(() => t.close());

describe('reading an organisation by id', () => {
  it('shows the council’s staff an organisation it registered; another council, nothing, audited', async () => {
    const id = await register(adminToken, 'Registered Here');
    expect((await read(staffToken, id)).name).toBe('Registered Here');

    const outsider = await read(otherStaffToken, id);
    const missing = await read(otherStaffToken, globalId('Organisation', crypto.randomUUID()));
    expect(outsider.body).toEqual({ data: { node: null } });
    expect(outsider.body).toEqual(missing.body);
    expect(outsider.denials).toBe(1);
  });

  it('shows another council’s organisation once it has an app or a delegation in this council', async () => {
    const id = await register(otherStaffToken, 'Registered Elsewhere');
    expect((await read(staffToken, id)).name).toBeNull();
    const organisationId = Buffer.from(id, 'base64').toString().split(':')[1] as string;
    const person = await t.db.person.findFirstOrThrow({ where: { councilId } });
    await t.db.delegation.create({
      data: {
        councilId,
        personId: person.id,
        organisationId,
        scopes: ['READ_PLAN'],
        grantedBy: 'PERSON',
        validFrom: new Date('2026-01-01T00:00:00Z'),
        recordedBySubject: 'staff:test',
      },
    });
    expect((await read(staffToken, id)).name).toBe('Registered Elsewhere');
    // the council that registered it still reads it
    expect((await read(otherStaffToken, id)).name).toBe('Registered Elsewhere');
  });

  it('shows an app its own organisation and no other, audited like a missing id', async () => {
    const app = await registerThirdPartyApp(t, {
      councilId,
      clientId: 'organisation-reads-app',
      secret: 'organisation-reads-secret-0123456789',
      organisation: { type: 'BROKERAGE', name: 'Own Brokerage' },
    });
    expect((await read(app.token, globalId('Organisation', app.organisationId))).name).toBe(
      'Own Brokerage',
    );
    const neighbour = await register(adminToken, 'Neighbour Brokerage');
    const denied = await read(app.token, neighbour);
    expect(denied.body).toEqual({ data: { node: null } });
    expect(denied.denials).toBe(1);
  });
});
