import type { GraphQLErrorItem } from './graphql-error-item.ts';
import { OpenPbError } from './openpb-error.ts';

/**
 * The GraphQL response carried top-level `errors`: a failure of the system (masked by the
 * server), of authorisation, or of the document. Keeps every error and any partial `data`.
 */
export class OpenPbGraphQLError extends OpenPbError {
  override readonly name: string = 'OpenPbGraphQLError';
  declare readonly code: 'GRAPHQL_ERROR';
  readonly errors: readonly GraphQLErrorItem[];
  /** Whatever data the server returned beside the errors (often partial, possibly null). */
  readonly data: Readonly<Record<string, unknown>> | null;
  readonly operationName: string | undefined;
  /**
   * For a third-party app: the delegation scopes the refused reads needed and your delegations
   * lack (each error's `extensions.missingScope`, e.g. `READ_PLAN`), each once.
   */
  readonly missingScopes: readonly string[];

  constructor(options: {
    errors: readonly GraphQLErrorItem[];
    data: Readonly<Record<string, unknown>> | null;
    operationName?: string | undefined;
    requestId?: string | undefined;
  }) {
    const summary =
      options.errors.length > 0
        ? [...new Set(options.errors.map((error) => error.message))].join('; ')
        : 'the response has neither data nor errors';
    super(`GraphQL ${options.operationName ?? 'request'} failed: ${summary}`, {
      code: 'GRAPHQL_ERROR',
      requestId: options.requestId,
    });
    this.errors = options.errors;
    this.data = options.data;
    this.operationName = options.operationName;
    this.missingScopes = [
      ...new Set(
        options.errors.flatMap((error) => {
          const scope = error.extensions?.missingScope;
          return error.extensions?.code === 'FORBIDDEN' && typeof scope === 'string' ? [scope] : [];
        }),
      ),
    ];
  }
}
