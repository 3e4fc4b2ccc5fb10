import { OpenPbGraphQLError } from '@openpb/sdk';

/**
 * The scope the API said a refused read of `field` needed: the FORBIDDEN error at that field's
 * path and its `missingScope` (D32). Null when the error is not such a refusal.
 */
export function missingScopeFor(error: unknown, field: string): string | null {
  if (!(error instanceof OpenPbGraphQLError)) return null;
  for (const item of error.errors) {
    const scope = item.extensions?.missingScope;
    if (
      item.extensions?.code === 'FORBIDDEN' &&
      typeof scope === 'string' &&
      item.path?.at(-1) === field
    ) {
      return scope;
    }
  }
  return null;
}
