import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { TenantDatabases } from '@openpb/db/tenant-databases';
import { DelegatedAccess } from '@openpb/graphql/access/delegated-access';
import { AuditTrail } from '@openpb/graphql/audit/audit-trail';
import type { GraphQLContext } from '@openpb/graphql/context';
import { schema } from '@openpb/graphql/schema';
import { todayIn } from '@openpb/graphql/today';
import { type ExecutionArgs, getOperationAST, Kind } from 'graphql';
import { createGraphQLError, createYoga, type YogaServerInstance } from 'graphql-yoga';
import { appendAuditEntries } from './audit/audit-log-writer.ts';
import { authenticate } from './auth/authenticate.ts';
import { createIdentityCheck, type IdentityCheck } from './auth/identity-check.ts';
import type { TokenVerifier } from './auth/token-verifier.ts';
import { createMaskError } from './errors/mask-error.ts';
import { createYogaLogger } from './errors/yoga-logger.ts';
import { requestIdOf } from './http/request-id.ts';
import { useAuditLog } from './plugins/audit-log.ts';
import { demandControlPlugins } from './plugins/demand-control.ts';
import { useGraphiqlContentSecurityPolicy } from './plugins/graphiql-content-security-policy.ts';
import { useSqlReads } from './plugins/sql-reads.ts';
import { useTrustedDocuments } from './plugins/trusted-documents.ts';
import { useValidationMessages } from './plugins/validation-messages.ts';
import { createRateLimiter } from './rate-limiter.ts';

/** Whether the operation is a subscription with an argument written as a literal, not a variable. */
function subscribesWithLiterals(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'subscription') return false;
  return operation.selectionSet.selections.some(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (selection.arguments ?? []).some((argument) => argument.value.kind !== Kind.VARIABLE),
  );
}

export interface ApiOptions {
  /** The database, one council at a time (row-level security, docs/decisions.md D14). */
  readonly databases: TenantDatabases;
  readonly verifyToken: TokenVerifier;
  /** Whether a token's subject may act now (an active staff record, a usable API client); shared with the exports. */
  readonly identity?: IdentityCheck;
  readonly production: boolean;
  readonly corsOrigins?: readonly string[];
  /**
   * A GraphiQL header pre-filled in development, so that the explorer works at once: a token of
   * the persona in `/graphql?persona=team-manager` (undefined: the default persona).
   */
  readonly graphiqlToken?: (persona: string | undefined) => Promise<string>;
  readonly now?: () => Date;
  /** Requests a minute per client (token subject), with a burst of a tenth of that. */
  readonly rateLimitPerMinute?: number;
  /** Trusted-documents mode: accept only these operations (hash → document), e.g. the SDK's. */
  readonly trustedDocuments?: ReadonlyMap<string, string>;
  /** Answer the queries the read models cover with one SQL statement (default: on). */
  readonly sqlReads?: boolean;
}

export type Api = YogaServerInstance<Record<string, never>, GraphQLContext>;

const unauthenticated = () =>
  createGraphQLError('A valid bearer token is required', {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    },
  });

const forbidden = () =>
  createGraphQLError('You have no active record in this council', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });

const rateLimited = (waitSeconds: number) =>
  createGraphQLError('Too many requests; slow down', {
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: { 'Retry-After': String(waitSeconds) } },
    },
  });

/** The GraphQL server as a fetch handler: what the server is, not how it listens. */
export function createApi(options: ApiOptions): Api {
  const now = options.now ?? (() => new Date());
  const perMinute = options.rateLimitPerMinute ?? 600;
  const limiter = createRateLimiter({
    perMinute,
    burst: Math.max(10, Math.ceil(perMinute / 10)),
    now: () => now().getTime(),
  });
  const authenticator = {
    verifyToken: options.verifyToken,
    identity: options.identity ?? createIdentityCheck({ databases: options.databases }),
    databases: options.databases,
  };
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // the HTTP server bounds every body before yoga sees it (http-server.ts, D109); in-process
    // callers (tests, the bench's yoga floor) are the process's own
    maxRequestBodySize: false,
    maskedErrors: { maskError: createMaskError(options.production) },
    plugins: [
      ...(options.trustedDocuments ? [useTrustedDocuments(options.trustedDocuments)] : []),
      ...demandControlPlugins({ production: options.production }),
      useAuditLog(),
      ...(options.sqlReads === false ? [] : [useSqlReads()]),
      // executes each operation through code compiled once per document (graphql-jit), not
      // graphql-js's generic walk: less CPU and garbage per field (BENCHMARKS.md). Not for a
      // subscription whose arguments are literals in the document: graphql-jit hands its subscribe
      // an empty `args` then (zalando-incubator/graphql-jit#183). With variables (the SDK, the
      // demo) it stays on graphql-jit, which the live screens' timing was measured on (D93)
      useGraphQlJit({}, { enableIf: (args) => !subscribesWithLiterals(args) }),
      useGraphiqlContentSecurityPolicy(),
      useValidationMessages(options.production),
    ],
    logging: createYogaLogger(options.production),
    cors: {
      origin: [...(options.corsOrigins ?? [])],
      credentials: false,
      // a browser app reads the id to quote it to support (the HTTP server sets it on every response)
      exposedHeaders: ['X-Request-Id'],
    },
    // GraphiQL's page and assets from @graphql-yoga/render-graphiql (a pinned npm package), not a CDN
    renderGraphiQL,
    graphiql: options.production
      ? false
      : async (request) => {
          const persona = new URL(request.url).searchParams.get('persona') ?? undefined;
          return {
            title: 'Open Personal Budgets',
            headers: options.graphiqlToken
              ? JSON.stringify({ Authorization: `Bearer ${await options.graphiqlToken(persona)}` })
              : undefined,
          };
        },
    context: async ({ request, params }) => {
      // the HTTP server has put its id on the request (http-server.ts); in-process callers may not
      const requestId = requestIdOf(request.headers.get('x-request-id'));
      const operation = params.operationName ?? 'anonymous';
      // every request, read or write: a verified token of an existing council whose subject has
      // an active staff record (or a usable API client); refusals are audited (docs/access.md)
      const authentication = await authenticate(
        authenticator,
        request.headers.get('authorization'),
        operation,
        requestId,
      );
      if (!authentication.ok) {
        throw authentication.status === 401 ? unauthenticated() : forbidden();
      }
      const { viewer } = authentication;
      const { db, query, transaction } = options.databases.forCouncil(viewer.councilId);
      const waitSeconds = await limiter.take(query, viewer.councilId, viewer.subject);
      if (waitSeconds > 0) {
        await appendAuditEntries(query, { ...viewer, requestId }, [
          { kind: 'DENIAL', operation, entity: null, entityIds: [], outcome: 'RATE_LIMITED' },
        ]);
        throw rateLimited(waitSeconds);
      }
      return {
        viewer,
        requestId,
        db,
        query,
        transaction,
        now,
        audit: new AuditTrail(),
        delegatedAccess: new DelegatedAccess(db, viewer, () => todayIn(now())),
      };
    },
  });
}
