import { type CryptoKey, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNCIL_CLAIM, ROLES_CLAIM, staffViewerFromClaims } from '../../src/auth/token-claims.ts';
import { createTokenVerifier, type TokenVerifier } from '../../src/auth/token-verifier.ts';

const ISSUER = 'https://idp.test.example';
const AUDIENCE = 'openpb-api';
const COUNCIL = '00000000-0000-7000-8000-00000000c0c1';

let verify: TokenVerifier;
let privateKey: CryptoKey;
/** The verifier's clock, in ms since the epoch: tests move it instead of waiting. */
let clock = Date.UTC(2026, 11, 2, 12, 0, 0);

function token(options: { expiresAt: number; signedWith?: CryptoKey; council?: string }) {
  return new SignJWT({
    [COUNCIL_CLAIM]: options.council ?? COUNCIL,
    [ROLES_CLAIM]: ['QUALIFIED_SOCIAL_WORKER'],
  })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject('staff:verifier-test')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime(options.expiresAt)
    .sign(options.signedWith ?? privateKey);
}

beforeAll(async () => {
  const keys = await generateKeyPair('ES256');
  privateKey = keys.privateKey as CryptoKey;
  verify = createTokenVerifier({
    key: { kind: 'local', publicKey: keys.publicKey as CryptoKey },
    issuer: ISSUER,
    audience: AUDIENCE,
    claims: staffViewerFromClaims,
    now: () => clock,
  });
});

const inSeconds = (seconds: number) => Math.floor(clock / 1000) + seconds;

describe('token verification, remembered for the next request', () => {
  it('gives the same viewer for a token each time it is presented', async () => {
    const genuine = await token({ expiresAt: inSeconds(300) });
    const first = await verify(genuine);
    expect(first).toMatchObject({ councilId: COUNCIL, roles: ['QUALIFIED_SOCIAL_WORKER'] });
    expect(await verify(genuine)).toEqual(first);
  });

  it('refuses a token signed by another key, and the same claims re-signed, after a genuine one', async () => {
    const genuine = await token({ expiresAt: inSeconds(300) });
    expect(await verify(genuine)).not.toBeNull();
    const { privateKey: otherKey } = await generateKeyPair('ES256');
    const forged = await token({ expiresAt: inSeconds(300), signedWith: otherKey as CryptoKey });
    expect(await verify(forged)).toBeNull();
    // a tampered payload with the genuine signature
    const [header, , signature] = genuine.split('.');
    const otherCouncil = Buffer.from(
      JSON.stringify({ [COUNCIL_CLAIM]: '00000000-0000-7000-8000-00000000c0c2' }),
    ).toString('base64url');
    expect(await verify(`${header}.${otherCouncil}.${signature}`)).toBeNull();
  });

  it('stops accepting a remembered token once it has expired (beyond the 5 s clock tolerance)', async () => {
    const shortLived = await token({ expiresAt: inSeconds(1) });
    expect(await verify(shortLived)).not.toBeNull();
    clock += 5_000; // 4 s past its expiry: no longer remembered, but within the tolerance
    expect(await verify(shortLived)).not.toBeNull();
    clock += 2_000; // 6 s past it
    expect(await verify(shortLived)).toBeNull();
  });
});
