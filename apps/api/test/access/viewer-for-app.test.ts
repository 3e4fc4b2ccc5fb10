import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp, type ThirdPartyApp } from '../support/third-party-app.ts';

// Issue 13 item 4: `viewer` for a third-party app shows its organisation and the delegations it
// acts under today, per person with the scopes and validity; revoked, expired and future ones
// and another organisation's are not there.

const VIEWER = `{ viewer { subject roles organisation { id name type } delegations { personId scopes validFrom validTo } } }`;

type ViewerBody = {
  viewer: {
    subject: string;
    roles: string[];
    organisation: { id: string; name: string; type: string } | null;
    delegations: {
      personId: string;
      scopes: string[];
      validFrom: string;
      validTo: string | null;
    }[];
  };
};

let t: TestApi;
let councilId: string;
let personId: string;
let app: ThirdPartyApp;

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-06-01T10:00:00Z') });
  ({ councilId, personId } = await createCouncilWithStaff(t.db));
  app = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'viewer-app',
    secret: 'viewer-app-secret-0123456789abcdef',
    organisation: { type: 'BROKERAGE', name: 'Viewer Brokerage' },
  });
  const other = await t.db.organisation.create({ data: { type: 'DPSS', name: 'Other DPSS' } });
  const base = {
    councilId,
    personId,
    grantedBy: 'PERSON',
    recordedBySubject: 'staff:test',
  };
  await t.db.delegation.createMany({
    data: [
      {
        ...base,
        organisationId: app.organisationId,
        scopes: ['READ_PLAN', 'READ_BUDGET'],
        validFrom: new Date('2026-01-01T00:00:00Z'),
        validTo: new Date('2026-12-31T00:00:00Z'),
      },
      {
        ...base,
        organisationId: app.organisationId,
        scopes: ['MANAGE_DP_ACCOUNT'],
        validFrom: new Date('2026-01-01T00:00:00Z'),
        revokedAt: new Date('2026-05-01T00:00:00Z'),
      },
      {
        ...base,
        organisationId: app.organisationId,
        scopes: ['SUBMIT_EVIDENCE'],
        validFrom: new Date('2025-01-01T00:00:00Z'),
        validTo: new Date('2026-05-31T00:00:00Z'),
      },
      {
        ...base,
        organisationId: app.organisationId,
        scopes: ['PROPOSE_PLAN'],
        validFrom: new Date('2026-07-01T00:00:00Z'),
      },
      {
        ...base,
        organisationId: other.id,
        scopes: ['READ_DP_LEDGER'],
        validFrom: new Date('2026-01-01T00:00:00Z'),
      },
    ],
  });
});

afterAll(() => t.close());

describe('viewer for a third-party app', () => {
  it('shows its organisation and its delegations in force, per person with scopes and validity', async () => {
    const { body } = await t.graphql<ViewerBody>(VIEWER, { token: app.token });
    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer).toEqual({
      subject: `client:${app.clientId}`,
      roles: [],
      organisation: {
        id: globalId('Organisation', app.organisationId),
        name: 'Viewer Brokerage',
        type: 'BROKERAGE',
      },
      delegations: [
        {
          personId: globalId('Person', personId),
          scopes: ['READ_PLAN', 'READ_BUDGET'],
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
        },
      ],
    });
  });

  it('shows staff no organisation and no delegations', async () => {
    const token = await t.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const { body } = await t.graphql<ViewerBody>(VIEWER, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer).toMatchObject({
      roles: ['TEAM_MANAGER'],
      organisation: null,
      delegations: [],
    });
  });
});
