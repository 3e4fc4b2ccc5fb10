import type { AddressInfo } from 'node:net';
import { asApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import { createTestFileDatabase } from '@openpb/db/testing/isolated-database';
import type { StaffRole } from '@openpb/graphql/context';
import { type CryptoKey, generateKeyPair, SignJWT } from 'jose';
import { createIdentityCheck, type IdentityCheck } from '../../../src/auth/identity-check.ts';
import {
  COUNCIL_CLAIM,
  ROLES_CLAIM,
  staffViewerFromClaims,
} from '../../../src/auth/token-claims.ts';
import { createTokenVerifier } from '../../../src/auth/token-verifier.ts';
import { createExportRoutes, type ExportRoutes } from '../../../src/exports/export-routes.ts';
import { createHttpServer } from '../../../src/http-server.ts';
import { createApi } from '../../../src/yoga.ts';
import { ensureStaffRecord } from '../../support/test-api.ts';

const ISSUER = 'https://idp.export-test.example';
const AUDIENCE = 'openpb-api';

export interface ExportServer {
  readonly url: string;
  /** As the owner of the tables: for fixtures. */
  readonly db: PrismaClient;
  /** The export routes the server serves, to call with a response of the test's own. */
  readonly exports: ExportRoutes;
  /** A token of `staff:export-test` (or `subject`), with an active staff record unless `staffRecord` is false (test-api.ts). */
  tokenFor(claims: {
    councilId: string;
    roles: StaffRole[];
    subject?: string;
    staffRecord?: boolean;
  }): Promise<string>;
  close(): Promise<void>;
}

/** The real HTTP server (GraphQL and exports) on a loopback port over a fresh database. */
export async function startExportServer(
  options: { batchSize?: number; identityClock?: () => number } = {},
): Promise<ExportServer> {
  const database = await createTestFileDatabase();
  const db = createDatabaseClient({ databaseUrl: database.databaseUrl });
  const databases = createTenantDatabases({
    databaseUrl: asApplicationLogin(database.databaseUrl),
    tenancyKey: await readTenancyKey(database.databaseUrl),
    poolSize: 2,
  });
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const verifyToken = createTokenVerifier({
    key: { kind: 'local', publicKey: publicKey as CryptoKey },
    issuer: ISSUER,
    audience: AUDIENCE,
    claims: staffViewerFromClaims,
  });
  const identity: IdentityCheck = createIdentityCheck({
    databases,
    ...(options.identityClock ? { now: options.identityClock } : {}),
  });
  const exports = createExportRoutes({
    verifyToken,
    identity,
    databases,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  });
  const server = createHttpServer({
    api: createApi({ databases, verifyToken, identity, production: false }),
    corsOrigins: [],
    exports,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    exports,
    tokenFor: async ({ councilId, roles, subject = 'staff:export-test', staffRecord = true }) => {
      if (staffRecord) await ensureStaffRecord(db, councilId, subject);
      return new SignJWT({ [COUNCIL_CLAIM]: councilId, [ROLES_CLAIM]: roles })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(subject)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([databases.close(), db.$disconnect()]);
      await database.drop();
    },
  };
}
