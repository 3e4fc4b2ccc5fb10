import { describe, expect, it } from 'vitest';
import { OpenPbGraphQLError } from './openpb-graphql-error.ts';

describe('OpenPbGraphQLError', () => {
  it('names the delegation scopes a refused read lacked, once each, and each message once', () => {
    const refused = (index: number, scope: string) => ({
      message: `This needs the ${scope} scope, which your delegation lacks`,
      path: ['node', 'supportPlans', 'edges', index, 'node'],
      extensions: { code: 'FORBIDDEN', missingScope: scope },
    });
    const error = new OpenPbGraphQLError({
      errors: [refused(0, 'READ_PLAN'), refused(1, 'READ_PLAN'), refused(0, 'READ_DP_LEDGER')],
      data: null,
      operationName: 'Plans',
    });
    expect(error.missingScopes).toEqual(['READ_PLAN', 'READ_DP_LEDGER']);
    expect(error.message).toBe(
      'GraphQL Plans failed: This needs the READ_PLAN scope, which your delegation lacks; This needs the READ_DP_LEDGER scope, which your delegation lacks',
    );
    expect(error.errors).toHaveLength(3);
  });

  it('has no missing scopes for other refusals', () => {
    const error = new OpenPbGraphQLError({
      errors: [{ message: 'Your role does not allow this', extensions: { code: 'FORBIDDEN' } }],
      data: null,
    });
    expect(error.missingScopes).toEqual([]);
  });
});
