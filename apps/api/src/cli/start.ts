import { createDatabaseClient } from '@openpb/db/client';
import { poolConfigFromUrl } from '@openpb/db/connection-config';
import { openLocalDatabase } from '@openpb/db/local-database';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import pg from 'pg';
import { anyOfVerifiers, createClientTokenIssuer } from '../auth/client-token-issuer.ts';
import { DEVELOPMENT_ISSUER, loadDevelopmentKey } from '../auth/development-key.ts';
import { createDevelopmentSignIn } from '../auth/development-sign-in.ts';
import { createTokenVerifier, type TokenVerifier } from '../auth/token-verifier.ts';
import { readEnvironment } from '../env.ts';
import { createExportRoutes } from '../exports/export-routes.ts';
import { createHttpServer, type DevelopmentSignIn } from '../http-server.ts';
import { readTrustedDocuments } from '../plugins/trusted-documents.ts';
import { createApi } from '../yoga.ts';

const env = readEnvironment();
const production = env.NODE_ENV === 'production';
const corsOrigins = env.OPENPB_CORS_ORIGINS.split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

const database = await openLocalDatabase(env);
const db = createDatabaseClient({
  databaseUrl: database.databaseUrl,
  poolSize: 20,
  statementTimeoutMs: env.OPENPB_STATEMENT_TIMEOUT_MS,
});
if (database.created) {
  console.log(`New embedded database: seeding synthetic data (scale "${env.OPENPB_SEED_SCALE}")…`);
  await seedSyntheticData(db, {
    scale: env.OPENPB_SEED_SCALE,
    seed: 1,
    progress: 'bar',
    databaseUrl: database.databaseUrl,
  });
}

let developmentSignIn: DevelopmentSignIn | undefined;
let verifyStaffToken: TokenVerifier;
if (production) {
  verifyStaffToken = createTokenVerifier({
    key: { kind: 'jwks', url: env.OPENPB_JWKS_URL ?? '' },
    issuer: env.OPENPB_JWT_ISSUER ?? '',
    audience: env.OPENPB_JWT_AUDIENCE,
  });
} else {
  const key = await loadDevelopmentKey();
  verifyStaffToken = createTokenVerifier({
    key: { kind: 'local', publicKey: key.publicKey },
    issuer: DEVELOPMENT_ISSUER,
    audience: env.OPENPB_JWT_AUDIENCE,
  });
  developmentSignIn = createDevelopmentSignIn(key, env.OPENPB_JWT_AUDIENCE);
}

const clientTokens = await createClientTokenIssuer(db, env.OPENPB_JWT_AUDIENCE);
const verifyToken = anyOfVerifiers(verifyStaffToken, clientTokens.verify);
const signIn = developmentSignIn;
const api = createApi({
  db,
  verifyToken,
  production,
  corsOrigins,
  rateLimitPerMinute: env.OPENPB_RATE_LIMIT_PER_MINUTE,
  ...(env.OPENPB_TRUSTED_DOCUMENTS
    ? { trustedDocuments: readTrustedDocuments(env.OPENPB_TRUSTED_DOCUMENTS) }
    : {}),
  ...(signIn ? { graphiqlToken: async () => (await signIn.token('social-worker')) ?? '' } : {}),
});
// file exports stream from PostgreSQL cursors on connections of their own
const exportPool = new pg.Pool({ ...poolConfigFromUrl(database.databaseUrl), max: 4 });
const server = createHttpServer({
  api,
  corsOrigins,
  exports: createExportRoutes({ verifyToken, pool: exportPool }),
  clientTokens,
  ...(signIn ? { developmentSignIn: signIn } : {}),
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

async function shutdown() {
  server.close();
  await exportPool.end();
  await db.$disconnect();
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
