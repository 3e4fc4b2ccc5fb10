import type PrismaTypes from '@openpb/db/generated/pothos-types';
import { getDatamodel } from '@openpb/db/generated/pothos-types';
import type { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import type { IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { GraphQLContext, StaffRole } from './context.ts';
import { Forbidden, missingDelegationScope } from './errors/forbidden.ts';
import './audit/audit-plugin.ts';
import { auditedNodeLookup } from './audit/audited-node-lookup.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface SchemaTypes {
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  AuthScopes: {
    /** Any signed-in member of staff of the council. */
    staff: boolean;
    /** A member of staff holding at least one of these roles (docs/access.md). */
    anyRole: readonly StaffRole[];
    /** A third-party app (broker, support planner, DPSS) acting under delegations. */
    thirdParty: boolean;
    /** A third-party app the person delegated to, now, with this scope (or any scope). */
    delegated: { readonly personId: string; readonly scope?: DelegationScope };
  };
  Scalars: {
    Pence: { Input: Pence; Output: Pence };
    Date: { Input: IsoDate; Output: Date | IsoDate };
    DateTime: { Input: Date; Output: Date };
  };
}

/** The viewer's scopes, for scope-auth and for the compiled read's check of the same rules (D80). */
export function viewerScopes(context: GraphQLContext) {
  return {
    staff: context.viewer.roles.length > 0,
    anyRole: (roles: readonly StaffRole[]) =>
      roles.some((role) => context.viewer.roles.includes(role)),
    thirdParty: context.viewer.organisationId !== undefined,
    delegated: ({ personId, scope }: SchemaTypes['AuthScopes']['delegated']) =>
      context.delegatedAccess.allows(personId, scope),
  };
}

export type ViewerScopes = ReturnType<typeof viewerScopes>;

/** The builder's full type parameters, as its refs carry them. */
export type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

/** The one Pothos builder. It defines no types itself: each type lives in schema/<type>.ts. */
export const builder = new SchemaBuilder<SchemaTypes>({
  // the errors plugin wraps scope-auth, so that a refusal is a typed ForbiddenError in mutation results
  // the audit plugin sits between them, so it records refusals and every mutation's outcome
  plugins: [ErrorsPlugin, 'audit', ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: viewerScopes,
    // a refusal is a typed ForbiddenError in mutation results and a FORBIDDEN error elsewhere
    // a delegated read outside the delegation's scopes names the scope it lacks (issue 13 item 4)
    unauthorizedError: (_parent, _context, _info, result) => {
      const scope = missingDelegationScope(result.failure);
      if (!scope) return new Forbidden('Your role does not allow this');
      const error = new Forbidden(`This needs the ${scope} scope, which your delegation lacks`);
      error.missingScope = scope;
      return error;
    },
  },
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      nullable: true,
      resolve: (_root, { id }, context, _info, resolveNode) =>
        auditedNodeLookup(id, context, resolveNode),
    },
    nodesQueryOptions: false,
  },
  errors: { defaultTypes: [] },
});
