import { randomUUID } from 'node:crypto';
import { revokeApiClient } from '@openpb/db/api-clients/api-client-secrets';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IDENTITY_CACHE_TTL_MS } from '../../src/auth/identity-check.ts';
import { COUNCIL_CLAIM, ORGANISATION_CLAIM, ROLES_CLAIM } from '../../src/auth/token-claims.ts';
import { createCouncilWithStaff, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';

const PEOPLE = /* GraphQL */ `
  query IdentityPeople { people(first: 5) { edges { node { id familyName nhsNumber } } } }
`;
const DELEGATED = /* GraphQL */ `
  query IdentityDelegated { delegatedPeople(first: 5) { edges { node { id } } } }
`;

let t: TestApi;
let councilId: string;
/** The identity cache's clock (ms), moved by the tests. */
let clock = Date.parse('2026-01-05T09:00:00Z');

beforeAll(async () => {
  t = await startTestApi({ identityClock: () => clock });
  ({ councilId } = await createCouncilWithStaff(t.db));
});
afterAll(() => t.close());

const deniedRows = (outcome: string) =>
  t.db.auditLogEntry.findMany({ where: { kind: 'DENIAL', outcome } });

/** A token of the test identity provider with exactly these claims and times. */
function rawToken(claims: {
  subject: string;
  council: string;
  roles?: string[];
  organisation?: string;
  issuedAt?: number;
  expiresAt?: number;
}) {
  const jwt = new SignJWT({
    [COUNCIL_CLAIM]: claims.council,
    ...(claims.roles ? { [ROLES_CLAIM]: claims.roles } : {}),
    ...(claims.organisation ? { [ORGANISATION_CLAIM]: claims.organisation } : {}),
  })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(claims.subject)
    .setIssuer(t.identityProvider.issuer)
    .setAudience(t.identityProvider.audience);
  if (claims.issuedAt !== undefined) jwt.setIssuedAt(claims.issuedAt);
  if (claims.expiresAt !== undefined) jwt.setExpirationTime(claims.expiresAt);
  return jwt.sign(t.identityProvider.privateKey);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('a staff record on every request, reads included', () => {
  it('refuses a validly signed token whose subject has no staff record (403, audited), before any read', async () => {
    const token = await t.tokenFor({ councilId, subject: 'staff:nobody', staffRecord: false });
    const { status, body } = await t.graphql(PEOPLE, { token });
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body)).not.toContain('Crawley');
    const [denial] = await deniedRows('NO_STAFF_RECORD');
    expect(denial).toMatchObject({ councilId, actorSubject: 'staff:nobody' });
    expect(
      await t.db.auditLogEntry.count({ where: { kind: 'READ', actorSubject: 'staff:nobody' } }),
    ).toBe(0);
  });

  it('refuses an inactive staff record', async () => {
    await t.db.staffMember.create({
      data: {
        councilId,
        subject: 'staff:inactive',
        name: 'Former worker',
        team: 'T',
        jobTitle: 'SW',
        qualification: 'REGISTERED_SOCIAL_WORKER',
        approvalLevel: 'TEAM',
        active: false,
      },
    });
    const token = await t.tokenFor({ councilId, subject: 'staff:inactive' });
    expect((await t.graphql(PEOPLE, { token })).status).toBe(403);
  });

  it(`lets a deactivated leaver in for at most ${IDENTITY_CACHE_TTL_MS / 1000} s (the identity cache), then refuses`, async () => {
    const subject = 'staff:leaver';
    const token = await t.tokenFor({ councilId, subject });
    expect((await t.graphql(PEOPLE, { token })).status).toBe(200);
    const deactivatedAt = clock;
    await t.db.staffMember.update({
      where: { councilId_subject: { councilId, subject } },
      data: { active: false },
    });
    clock = deactivatedAt + IDENTITY_CACHE_TTL_MS - 1;
    expect((await t.graphql(PEOPLE, { token })).status).toBe(200);
    clock = deactivatedAt + IDENTITY_CACHE_TTL_MS;
    expect((await t.graphql(PEOPLE, { token })).status).toBe(403);
  });

  it('honours a staff record created after a refusal at once (refusals are not cached)', async () => {
    const subject = 'staff:new-starter';
    const token = await t.tokenFor({ councilId, subject, staffRecord: false });
    expect((await t.graphql(PEOPLE, { token })).status).toBe(403);
    await t.tokenFor({ councilId, subject });
    expect((await t.graphql(PEOPLE, { token })).status).toBe(200);
  });
});

describe('token lifetimes', () => {
  it('refuses a token without exp', async () => {
    const token = await rawToken({
      subject: STAFF.auditor.subject,
      council: councilId,
      roles: ['AUDITOR'],
      issuedAt: nowSeconds(),
    });
    expect((await t.graphql(PEOPLE, { token })).status).toBe(401);
  });

  it('refuses a lifetime over the maximum (1 h by default), measured exp − iat, or exp − now without iat', async () => {
    const claims = { subject: STAFF.auditor.subject, council: councilId, roles: ['AUDITOR'] };
    const withinHour = await rawToken({
      ...claims,
      issuedAt: nowSeconds(),
      expiresAt: nowSeconds() + 3_600,
    });
    expect((await t.graphql(PEOPLE, { token: withinHour })).status).toBe(200);
    const eightHours = await rawToken({
      ...claims,
      issuedAt: nowSeconds(),
      expiresAt: nowSeconds() + 8 * 3_600,
    });
    expect((await t.graphql(PEOPLE, { token: eightHours })).status).toBe(401);
    const noIssuedAt = await rawToken({ ...claims, expiresAt: nowSeconds() + 2 * 3_600 });
    expect((await t.graphql(PEOPLE, { token: noIssuedAt })).status).toBe(401);
  });
});

describe('staff and app identities come from different keys', () => {
  it('refuses a staff identity provider token carrying an app organisation claim', async () => {
    const organisation = await t.db.organisation.create({
      data: { type: 'BROKERAGE', name: 'Forged Brokerage' },
    });
    for (const roles of [undefined, ['AUDITOR']]) {
      const token = await rawToken({
        subject: 'client:forged',
        council: councilId,
        organisation: organisation.id,
        ...(roles ? { roles } : {}),
        issuedAt: nowSeconds(),
        expiresAt: nowSeconds() + 300,
      });
      const { status } = await t.graphql(DELEGATED, { token });
      expect(status).toBe(401);
    }
  });

  it('stops a revoked API client’s tokens within the identity cache time', async () => {
    const app = await registerThirdPartyApp(t, {
      councilId,
      clientId: 'identity-test-app',
      secret: 'identity-test-secret-0123456789',
      organisation: { type: 'BROKERAGE', name: 'Identity Test Brokerage' },
    });
    expect((await t.graphql(DELEGATED, { token: app.token })).status).toBe(200);
    const client = await t.db.apiClient.findUniqueOrThrow({
      where: { clientId: 'identity-test-app' },
    });
    expect(await revokeApiClient(t.db, { apiClientId: client.id, now: new Date() })).toBe(true);
    clock += IDENTITY_CACHE_TTL_MS;
    const { status } = await t.graphql(DELEGATED, { token: app.token });
    expect(status).toBe(403);
    expect(await deniedRows('CLIENT_REVOKED')).toHaveLength(1);
  });
});

describe('a council that does not exist', () => {
  it('is refused (401, audited without a council) and gets no connections of its own', async () => {
    const unknownCouncil = randomUUID();
    const forCouncil = vi.spyOn(t.databases, 'forCouncil');
    const token = await t.tokenFor({ councilId: unknownCouncil, roles: ['AUDITOR'] });
    const { status, body } = await t.graphql(PEOPLE, { token });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forCouncil).not.toHaveBeenCalledWith(unknownCouncil);
    forCouncil.mockRestore();
    const [denial] = await deniedRows('UNKNOWN_COUNCIL');
    expect(denial).toMatchObject({ councilId: null, actorSubject: 'staff:test' });
  });
});
