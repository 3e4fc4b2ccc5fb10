// The real HTTP server in a process of its own, for a test that kills it with SIGKILL mid-write.
// Env: CRASH_DATABASE_URL (the API's login), CRASH_TENANCY_KEY, CRASH_PUBLIC_KEY (SPKI PEM),
// CRASH_ISSUER, CRASH_AUDIENCE; optional CRASH_RATE_LIMIT_PER_MINUTE and CRASH_NOW (a frozen clock,
// ISO 8601). Prints the port it listens on, then serves until killed.
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import { importSPKI } from 'jose';
import { staffViewerFromClaims } from '../../../src/auth/token-claims.ts';
import { createTokenVerifier } from '../../../src/auth/token-verifier.ts';
import { createHttpServer } from '../../../src/http-server.ts';
import { createApi } from '../../../src/yoga.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const databases = createTenantDatabases({
  databaseUrl: env('CRASH_DATABASE_URL'),
  tenancyKey: env('CRASH_TENANCY_KEY'),
  poolSize: 4,
});
const verifyToken = createTokenVerifier({
  key: { kind: 'local', publicKey: await importSPKI(env('CRASH_PUBLIC_KEY'), 'ES256') },
  issuer: env('CRASH_ISSUER'),
  audience: env('CRASH_AUDIENCE'),
  claims: staffViewerFromClaims,
});
const frozenNow = process.env.CRASH_NOW ? new Date(process.env.CRASH_NOW) : undefined;
const server = createHttpServer({
  api: createApi({
    databases,
    verifyToken,
    production: false,
    rateLimitPerMinute: Number(process.env.CRASH_RATE_LIMIT_PER_MINUTE ?? 1_000_000),
    ...(frozenNow ? { now: () => frozenNow } : {}),
  }),
  corsOrigins: [],
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
