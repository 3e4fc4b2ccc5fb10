import { isDatabaseUnavailable } from '@openpb/db/database-unavailable';
import { ApiError } from '@openpb/graphql/errors/api-error';
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { errorFields, logLine } from '../http/log.ts';

/**
 * Yoga's logger, as one JSON line per event with the request id (http/log.ts). Yoga logs every
 * error it masks or rewrites; an ordinary refusal (a business error, a query GraphQL rejects) is
 * logged as its code only, a system failure with its class and stack but never its message.
 */
export function createYogaLogger(production: boolean): YogaLogger {
  const text =
    (level: 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      for (const arg of args) {
        if (arg instanceof Error) logError(arg);
        else logLine(level, 'graphql_server', { message: String(arg) });
      }
    };
  return {
    debug: () => {},
    info: production ? () => {} : text('info'),
    warn: text('warn'),
    error: text('error'),
  };
}

function logError(error: Error) {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof ApiError) return logLine('info', 'refused', { code: original.code });
  if (isDatabaseUnavailable(error)) {
    return logLine('warn', 'database_unavailable', errorFields(original ?? error));
  }
  if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
    const code = error.extensions?.code;
    return logLine('info', 'refused', { code: typeof code === 'string' ? code : 'BAD_REQUEST' });
  }
  logLine('error', 'graphql_failed', errorFields(original ?? error));
}
