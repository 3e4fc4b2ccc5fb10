import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface IdentityProvider {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
  /** A staff access token for the demo council, as the council's identity provider would issue. */
  readonly token: string;
  close(): Promise<void>;
}

const AUDIENCE = 'openpb-api';
const DEMO_STAFF_SUBJECT = 'staff:team-manager';

/**
 * A stand-in for a council's OpenID Connect provider: an ES256 key made for this run and its JWKS
 * served on 127.0.0.1, so that the production API verifies tokens exactly as it would in service.
 */
export async function startIdentityProvider(): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }],
  });
  const server: Server = createServer((request, response) => {
    if (request.url === '/.well-known/jwks.json') {
      response.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': 'max-age=600',
      });
      response.end(jwks);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const issuer = `http://127.0.0.1:${port}/`;
  const token = await new SignJWT({
    openpb_council: DEMO_COUNCIL.id,
    // FINANCE_OFFICER too, for recordDirectPayment (the write contender)
    openpb_roles: ['QUALIFIED_SOCIAL_WORKER', 'TEAM_MANAGER', 'FINANCE_OFFICER'],
  })
    .setProtectedHeader({ alg: 'ES256', kid })
    // the API serves a subject with an active staff record in the council (D17): the seed's
    // team manager of the demo council
    .setSubject(DEMO_STAFF_SUBJECT)
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    // the API refuses staff tokens living longer than an hour (OPENPB_MAX_TOKEN_LIFETIME_SECONDS)
    .setExpirationTime('1h')
    .sign(privateKey);
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    issuer,
    audience: AUDIENCE,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
