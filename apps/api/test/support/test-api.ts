import { asApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { createTenantDatabases, type TenantDatabases } from '@openpb/db/tenant-databases';
import { createTestFileDatabase } from '@openpb/db/testing/isolated-database';
import type { StaffRole } from '@openpb/graphql/context';
import { type CryptoKey, generateKeyPair, SignJWT } from 'jose';
import {
  type ClientCredentialsExchange,
  createClientCredentialsExchange,
} from '../../src/auth/client-credentials-exchange.ts';
import {
  anyOfVerifiers,
  type ClientTokenIssuer,
  createClientTokenIssuer,
} from '../../src/auth/client-token-issuer.ts';
import { createIdentityCheck } from '../../src/auth/identity-check.ts';
import { createSignInLimiter } from '../../src/auth/sign-in-limiter.ts';
import { COUNCIL_CLAIM, ROLES_CLAIM, staffViewerFromClaims } from '../../src/auth/token-claims.ts';
import { createTokenVerifier } from '../../src/auth/token-verifier.ts';
import { type Api, createApi } from '../../src/yoga.ts';

const ISSUER = 'https://idp.test.example';
const AUDIENCE = 'openpb-api';

export interface TestApi {
  readonly api: Api;
  /** Client-credentials sign-in for third-party apps, whose tokens this API accepts. */
  readonly clientTokens: ClientTokenIssuer;
  /** POST /oauth/token without HTTP: parsing, limits (on `identityClock`), the exchange and its audit. */
  readonly tokenExchange: ClientCredentialsExchange;
  /** As the owner of the tables (no row-level security): for fixtures and for checking writes. */
  readonly db: PrismaClient;
  /** What the API connects with: its login, one pool per council, under row-level security. */
  readonly databases: TenantDatabases;
  /** SQL statements run since the last `resetStatements()`. */
  readonly statements: string[];
  resetStatements(): void;
  /**
   * A staff token of the test identity provider. Unless `staffRecord` is false, the subject gets an
   * active staff record in the council if the council exists and the subject has none yet (every
   * request needs one, docs/access.md).
   */
  tokenFor(claims: {
    councilId: string;
    roles?: StaffRole[];
    subject?: string;
    expiresIn?: string;
    staffRecord?: boolean;
  }): Promise<string>;
  /** The test identity provider's signing key, for tokens `tokenFor` would not make (no exp, foreign claims). */
  readonly identityProvider: {
    readonly privateKey: CryptoKey;
    readonly issuer: string;
    readonly audience: string;
  };
  /** POSTs a GraphQL operation through the real yoga fetch handler. */
  graphql: GraphQLPost;
  /** The same API without compiled SQL reads (every query through the resolvers), on the same database. */
  readonly resolversOnly: { readonly graphql: GraphQLPost };
  close(): Promise<void>;
}

export type GraphQLPost = <T = Record<string, unknown>>(
  query: string,
  options: { token?: string | null; variables?: Record<string, unknown> },
) => Promise<{
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}>;

/** POSTs a GraphQL operation through an API's real yoga fetch handler. */
function graphqlPost(api: Api): GraphQLPost {
  return async (query, { token, variables }) => {
    const response = await api.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  };
}

/** An active staff record for the subject in the council, if the council exists (true) and it has none. */
export async function ensureStaffRecord(
  db: PrismaClient,
  councilId: string,
  subject: string,
): Promise<boolean> {
  if (!(await db.council.findUnique({ where: { id: councilId } }))) return false;
  await db.staffMember.upsert({
    where: { councilId_subject: { councilId, subject } },
    create: {
      councilId,
      subject,
      name: `Test ${subject}`,
      team: 'Test team',
      jobTitle: 'Test',
      qualification: 'OTHER',
      approvalLevel: 'TEAM',
    },
    update: {},
  });
  return true;
}

/** A real API over a fresh database of its own, with a token issuer of its own. */
export async function startTestApi(
  options: {
    now?: () => Date;
    rateLimitPerMinute?: number;
    /** The identity cache's clock, in ms (identity-check.ts). */
    identityClock?: () => number;
    /** Production error handling (no "Did you mean" suggestions); default false. */
    production?: boolean;
  } = {},
): Promise<TestApi> {
  const database = await createTestFileDatabase();
  const statements: string[] = [];
  const onQuery = (query: { sql: string }) => statements.push(query.sql);
  const db = createDatabaseClient({ databaseUrl: database.databaseUrl, onQuery });
  const databases = createTenantDatabases({
    databaseUrl: asApplicationLogin(database.databaseUrl),
    tenancyKey: await readTenancyKey(database.databaseUrl),
    onQuery,
  });
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const clientTokens = await createClientTokenIssuer(databases.outsideTenancy.db, AUDIENCE);
  const verifyToken = anyOfVerifiers(
    createTokenVerifier({
      key: { kind: 'local', publicKey: publicKey as CryptoKey },
      issuer: ISSUER,
      audience: AUDIENCE,
      claims: staffViewerFromClaims,
    }),
    clientTokens.verify,
  );
  const identity = createIdentityCheck({
    databases,
    ...(options.identityClock ? { now: options.identityClock } : {}),
  });
  const apiWith = (sqlReads: boolean) =>
    createApi({
      databases,
      production: options.production ?? false,
      verifyToken,
      identity,
      ...(options.now ? { now: options.now } : {}),
      rateLimitPerMinute: options.rateLimitPerMinute ?? 1_000_000,
      sqlReads,
    });
  const api = apiWith(true);
  const ensured = new Set<string>();
  return {
    api,
    db,
    databases,
    clientTokens,
    tokenExchange: createClientCredentialsExchange({
      issuer: clientTokens,
      limiter: createSignInLimiter({
        pool: databases.outsideTenancy.pool,
        ...(options.identityClock ? { now: options.identityClock } : {}),
      }),
      databases,
    }),
    statements,
    identityProvider: { privateKey: privateKey as CryptoKey, issuer: ISSUER, audience: AUDIENCE },
    resetStatements: () => statements.splice(0, statements.length),
    tokenFor: async ({
      councilId,
      roles = ['QUALIFIED_SOCIAL_WORKER'],
      subject = 'staff:test',
      expiresIn = '5m',
      staffRecord = true,
    }) => {
      // once per subject, so that counting a request's statements does not count these
      const key = `${councilId} ${subject}`;
      if (staffRecord && !ensured.has(key) && (await ensureStaffRecord(db, councilId, subject))) {
        ensured.add(key);
      }
      return new SignJWT({ [COUNCIL_CLAIM]: councilId, [ROLES_CLAIM]: roles })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(subject)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey);
    },
    graphql: graphqlPost(api),
    resolversOnly: { graphql: graphqlPost(apiWith(false)) },
    close: async () => {
      await Promise.all([db.$disconnect(), databases.close()]);
      await database.drop();
    },
  };
}
