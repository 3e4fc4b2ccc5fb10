import type { PrismaClient } from '@openpb/db/client';
import type { GraphQLContext } from '@openpb/graphql/context';
import { ApiError } from '@openpb/graphql/errors/api-error';
import { schema } from '@openpb/graphql/schema';
import { GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { TokenVerifier } from './auth/token-verifier.ts';
import { usePageSizeLimit } from './plugins/page-size-limit.ts';

export interface ApiOptions {
  readonly db: PrismaClient;
  readonly verifyToken: TokenVerifier;
  readonly production: boolean;
  readonly corsOrigins?: readonly string[];
  /** A GraphiQL header pre-filled in development, so that the explorer works at once. */
  readonly graphiqlToken?: () => Promise<string>;
  readonly now?: () => Date;
}

export type Api = YogaServerInstance<Record<string, never>, GraphQLContext>;

const unauthenticated = () =>
  createGraphQLError('A valid bearer token is required', {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    },
  });

/** The GraphQL server as a fetch handler: what the server is, not how it listens. */
export function createApi(options: ApiOptions): Api {
  const now = options.now ?? (() => new Date());
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: {
      // business errors thrown outside a mutation result (e.g. a refused query) keep their code;
      // everything else is a system failure and is masked
      maskError: (error, message, isDev) => {
        if (error instanceof GraphQLError && error.originalError instanceof ApiError) {
          return createGraphQLError(error.originalError.message, {
            nodes: error.nodes ?? null,
            path: error.path ?? null,
            extensions: { code: error.originalError.code },
          });
        }
        return maskError(error, message, isDev);
      },
    },
    plugins: [usePageSizeLimit()],
    logging: options.production ? 'warn' : 'info',
    cors: { origin: [...(options.corsOrigins ?? [])], credentials: false },
    graphiql: options.production
      ? false
      : async () => ({
          title: 'Open Personal Budgets',
          headers: options.graphiqlToken
            ? JSON.stringify({ Authorization: `Bearer ${await options.graphiqlToken()}` })
            : undefined,
        }),
    context: async ({ request }) => {
      const header = request.headers.get('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const viewer = match?.[1] ? await options.verifyToken(match[1]) : null;
      if (!viewer) throw unauthenticated();
      return { viewer, db: options.db, now };
    },
  });
}
