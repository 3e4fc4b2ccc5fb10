/**
 * A business failure the client can act on. Each subclass becomes a GraphQL object type that
 * implements `interface Error` and is returned as data in a mutation's result union; anything
 * else thrown is a system failure and is masked by the server.
 */
export abstract class ApiError extends Error {
  override readonly name: string = 'ApiError';
  abstract readonly code: string;
  readonly path: readonly string[] | null;

  constructor(message: string, path: readonly string[] | null = null) {
    super(message);
    this.path = path;
  }
}
