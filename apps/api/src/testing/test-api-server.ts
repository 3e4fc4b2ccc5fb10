import { webcrypto } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { asApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient } from '@openpb/db/client';
import { databaseReadiness } from '@openpb/db/readiness';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import { createIsolatedDatabase } from '@openpb/db/testing/isolated-database';
import {
  startTestDatabaseServer,
  type TestDatabaseServer,
} from '@openpb/db/testing/test-database-server';
import { createClientCredentialsExchange } from '../auth/client-credentials-exchange.ts';
import { anyOfVerifiers, createClientTokenIssuer } from '../auth/client-token-issuer.ts';
import { DEVELOPMENT_ISSUER, type DevelopmentKey } from '../auth/development-key.ts';
import { createDevelopmentSignIn } from '../auth/development-sign-in.ts';
import { createSignInLimiter } from '../auth/sign-in-limiter.ts';
import { staffViewerFromClaims } from '../auth/token-claims.ts';
import { createTokenVerifier } from '../auth/token-verifier.ts';
import { createExportRoutes } from '../exports/export-routes.ts';
import { createHttpServer } from '../http-server.ts';
import { createApi } from '../yoga.ts';

export interface TestApiServer {
  /** Base URL of the running API, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** How many people the seed put into the demo council. */
  readonly seededPeople: number;
  /** The seeded test database, for tests that insert rows the API has no mutation for. */
  readonly databaseUrl: string;
  stop(): Promise<void>;
}

const AUDIENCE = 'openpb-api';

/**
 * A throwaway ES256 key, so that tests neither read nor write the developer's
 * .data/development-signing-key.json (which `loadDevelopmentKey` would create).
 */
async function throwawayDevelopmentKey(): Promise<DevelopmentKey> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
  return { privateKey: pair.privateKey, publicKey: pair.publicKey } as DevelopmentKey;
}

/**
 * For the SDK's and the demo's tests. The real API, in this process, on a free loopback port: a throwaway embedded PostgreSQL (or
 * DATABASE_URL's server), a fresh migrated database seeded at the 'small' scale (seed 1), the
 * development persona sign-in, and CORS for the given browser origins.
 */
export async function startTestApiServer(
  options: {
    corsOrigins?: readonly string[];
    trustedDocuments?: ReadonlyMap<string, string>;
    /** A database server of the caller's (e.g. one a test stops and restarts); else a throwaway one. */
    databaseServer?: Pick<TestDatabaseServer, 'serverUrl' | 'templateName'>;
  } = {},
): Promise<TestApiServer> {
  const corsOrigins = [...(options.corsOrigins ?? [])];
  const databaseServer = options.databaseServer
    ? { ...options.databaseServer, stop: async () => {} }
    : await startTestDatabaseServer();
  const database = await createIsolatedDatabase(
    databaseServer.serverUrl,
    databaseServer.templateName,
  );
  const owner = createDatabaseClient({ databaseUrl: database.databaseUrl, poolSize: 4 });
  const seeded = await seedSyntheticData(owner, { scale: 'small', seed: 1 });
  await owner.$disconnect();
  const databases = createTenantDatabases({
    databaseUrl: asApplicationLogin(database.databaseUrl),
    tenancyKey: await readTenancyKey(database.databaseUrl),
    poolSize: 10,
  });
  const key = await throwawayDevelopmentKey();
  const clientTokens = await createClientTokenIssuer(databases.outsideTenancy.db, AUDIENCE);
  const verifyStaffToken = createTokenVerifier({
    key: { kind: 'local', publicKey: key.publicKey },
    issuer: DEVELOPMENT_ISSUER,
    audience: AUDIENCE,
    claims: staffViewerFromClaims,
  });
  // staff sign in as personas; third-party apps with client credentials at /oauth/token
  const verifyToken = anyOfVerifiers(verifyStaffToken, clientTokens.verify);
  const api = createApi({
    databases,
    verifyToken,
    production: false,
    corsOrigins,
    rateLimitPerMinute: 1_000_000,
    ...(options.trustedDocuments ? { trustedDocuments: options.trustedDocuments } : {}),
  });
  const server = createHttpServer({
    clientTokens: createClientCredentialsExchange({
      issuer: clientTokens,
      limiter: createSignInLimiter({ pool: databases.outsideTenancy.pool }),
      databases,
    }),
    api,
    corsOrigins,
    developmentSignIn: createDevelopmentSignIn(key, AUDIENCE),
    exports: createExportRoutes({ verifyToken, databases }),
    readiness: () => databaseReadiness(databases.outsideTenancy.query),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seededPeople: seeded.people,
    databaseUrl: database.databaseUrl,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await databases.close();
      await database.drop();
      await databaseServer.stop();
    },
  };
}
