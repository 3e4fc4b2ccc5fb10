import { isDatabaseUnavailable } from '@openpb/db/database-unavailable';
import { ApiError } from '@openpb/graphql/errors/api-error';
import { Forbidden } from '@openpb/graphql/errors/forbidden';
import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError } from 'graphql-yoga';
import { RETRY_AFTER_SECONDS } from '../http/failure-response.ts';
import { publicMessage } from './public-message.ts';

/**
 * What a caller is told of an error in a GraphQL answer:
 * - a business error thrown outside a mutation result (e.g. a refused query) keeps its code;
 * - the database being away is SERVICE_UNAVAILABLE, HTTP 503 with Retry-After: retry shortly;
 * - GraphQL's own errors (validation, variable coercion) keep their message, without the values
 *   the caller sent, and in production without "Did you mean" suggestions (public-message.ts);
 * - anything else is a system failure and is masked ("Unexpected error.").
 */
export function createMaskError(production: boolean) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    if (error instanceof GraphQLError && error.originalError instanceof ApiError) {
      return createGraphQLError(error.originalError.message, {
        nodes: error.nodes ?? null,
        path: error.path ?? null,
        extensions: {
          code: error.originalError.code,
          ...(error.originalError instanceof Forbidden && error.originalError.missingScope
            ? { missingScope: error.originalError.missingScope }
            : {}),
        },
      });
    }
    if (isDatabaseUnavailable(error)) {
      return createGraphQLError('The service is unavailable; retry shortly', {
        path: error instanceof GraphQLError ? (error.path ?? null) : null,
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
        },
      });
    }
    if (error instanceof GraphQLError && isGraphQLsOwn(error)) {
      const rewritten = publicMessage(error.message, error.originalError?.message, production);
      if (rewritten === error.message) return error;
      return createGraphQLError(rewritten, {
        nodes: error.nodes ?? null,
        path: error.path ?? null,
        extensions: error.extensions ?? {},
      });
    }
    return maskError(error, message, isDev);
  };
}

/** An error graphql-js (or yoga) made itself, not one a resolver threw. */
function isGraphQLsOwn(error: GraphQLError): boolean {
  return !error.originalError || error.originalError instanceof GraphQLError;
}
