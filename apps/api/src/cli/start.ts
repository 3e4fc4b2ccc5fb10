import { createDatabaseClient } from '@openpb/db/client';
import { openLocalDatabase } from '@openpb/db/local-database';
import { databaseReadiness } from '@openpb/db/readiness';
import { rowLevelSecurityBypass } from '@openpb/db/row-level-security-bypass';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import { createClientCredentialsExchange } from '../auth/client-credentials-exchange.ts';
import { anyOfVerifiers, createClientTokenIssuer } from '../auth/client-token-issuer.ts';
import { DEVELOPMENT_ISSUER, loadDevelopmentKey } from '../auth/development-key.ts';
import { createDevelopmentSignIn } from '../auth/development-sign-in.ts';
import { createIdentityCheck } from '../auth/identity-check.ts';
import { createSignInLimiter } from '../auth/sign-in-limiter.ts';
import { staffViewerFromClaims } from '../auth/token-claims.ts';
import { createTokenVerifier, type TokenVerifier } from '../auth/token-verifier.ts';
import { readEnvironment } from '../env.ts';
import { createExportRoutes } from '../exports/export-routes.ts';
import { drainServer } from '../http/drain.ts';
import { keepServingOnStrayErrors } from '../http/last-resort.ts';
import { logLine } from '../http/log.ts';
import { createHttpServer, type DevelopmentSignIn } from '../http-server.ts';
import { readTrustedDocuments } from '../plugins/trusted-documents.ts';
import { createDeliveryWorker } from '../webhooks/delivery-worker.ts';
import { createApi } from '../yoga.ts';

keepServingOnStrayErrors();
const env = readEnvironment();
const production = env.NODE_ENV === 'production';
const corsOrigins = env.OPENPB_CORS_ORIGINS.split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

const database = await openLocalDatabase(env);
if (database.created) {
  console.log(`New embedded database: seeding synthetic data (scale "${env.OPENPB_SEED_SCALE}")…`);
  const owner = createDatabaseClient({ databaseUrl: database.databaseUrl });
  await seedSyntheticData(owner, {
    scale: env.OPENPB_SEED_SCALE,
    seed: 1,
    progress: 'bar',
    databaseUrl: database.databaseUrl,
  });
  await owner.$disconnect();
}
const databases = createTenantDatabases({
  databaseUrl: database.applicationUrl,
  poolSize: env.OPENPB_DATABASE_CONNECTIONS,
  statementTimeoutMs: env.OPENPB_STATEMENT_TIMEOUT_MS,
  // production gives the key; a development API reads it as the owner that migrated the database
  tenancyKey: env.OPENPB_TENANCY_KEY ?? (await readTenancyKey(database.databaseUrl)),
});
// the second wall of tenancy holds only if the API's login is subject to row-level security
const bypass = await rowLevelSecurityBypass(databases.outsideTenancy.pool);
if (bypass) {
  const problem = `DATABASE_URL must name the API's login role (a member of openpb_app): ${bypass}`;
  if (production) throw new Error(problem);
  console.warn(`Warning: row-level security is not enforced: ${problem}`);
}

let developmentSignIn: DevelopmentSignIn | undefined;
let verifyStaffToken: TokenVerifier;
if (production) {
  verifyStaffToken = createTokenVerifier({
    key: { kind: 'jwks', url: env.OPENPB_JWKS_URL ?? '' },
    issuer: env.OPENPB_JWT_ISSUER ?? '',
    audience: env.OPENPB_JWT_AUDIENCE,
    claims: staffViewerFromClaims,
    maxLifetimeSeconds: env.OPENPB_MAX_TOKEN_LIFETIME_SECONDS,
  });
} else {
  const key = await loadDevelopmentKey();
  verifyStaffToken = createTokenVerifier({
    key: { kind: 'local', publicKey: key.publicKey },
    issuer: DEVELOPMENT_ISSUER,
    audience: env.OPENPB_JWT_AUDIENCE,
    claims: staffViewerFromClaims,
    maxLifetimeSeconds: env.OPENPB_MAX_TOKEN_LIFETIME_SECONDS,
  });
  developmentSignIn = createDevelopmentSignIn(key, env.OPENPB_JWT_AUDIENCE);
}

const clientTokens = await createClientTokenIssuer(
  databases.outsideTenancy.db,
  env.OPENPB_JWT_AUDIENCE,
);
const verifyToken = anyOfVerifiers(verifyStaffToken, clientTokens.verify);
// one identity cache for /graphql and the exports (a leaver loses access within its 30 s)
const identity = createIdentityCheck({ databases });
const signIn = developmentSignIn;
const api = createApi({
  databases,
  verifyToken,
  identity,
  production,
  corsOrigins,
  rateLimitPerMinute: env.OPENPB_RATE_LIMIT_PER_MINUTE,
  ...(env.OPENPB_TRUSTED_DOCUMENTS
    ? { trustedDocuments: readTrustedDocuments(env.OPENPB_TRUSTED_DOCUMENTS) }
    : {}),
  ...(signIn
    ? { graphiqlToken: async (persona) => (await signIn.token(persona ?? 'social-worker')) ?? '' }
    : {}),
});
const server = createHttpServer({
  api,
  corsOrigins,
  exports: createExportRoutes({ verifyToken, identity, databases }),
  clientTokens: createClientCredentialsExchange({
    issuer: clientTokens,
    limiter: createSignInLimiter({ pool: databases.outsideTenancy.pool }),
    databases,
  }),
  ...(signIn ? { developmentSignIn: signIn } : {}),
  readiness: () => databaseReadiness(databases.outsideTenancy.query),
  production,
});

server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(
    `API ready: http://${env.HOST}:${port}/graphql${production ? '' : ' (GraphiQL in the browser)'}`,
  );
  console.log(
    `Database: ${database.embedded ? 'embedded PostgreSQL under .data/postgres' : 'DATABASE_URL'}`,
  );
});

// webhook deliveries (D37): any number of processes may run the worker at once
const deliveryWorker =
  env.OPENPB_WEBHOOK_WORKER === 'on'
    ? createDeliveryWorker({
        databases,
        onError: (error) => logLine('error', 'webhook_worker_failed', { error: String(error) }),
      })
    : undefined;
deliveryWorker?.start(env.OPENPB_WEBHOOK_POLL_MS);

/** In-flight requests get this long to finish after SIGTERM/SIGINT before they are cut. */
const SHUTDOWN_GRACE_MS = 10_000;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logLine('info', 'shutting_down', { signal });
  await drainServer(server, SHUTDOWN_GRACE_MS);
  await deliveryWorker?.stop();
  await databases.close();
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
