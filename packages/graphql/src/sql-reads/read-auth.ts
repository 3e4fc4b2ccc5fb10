import type { GraphQLField, GraphQLObjectType } from 'graphql';
import type { ViewerScopes } from '../builder.ts';
import { NotCompilable } from './fallback.ts';

/** Whether the viewer's scopes, as the builder computes them, grant a type or field. */
export type Grant = (scopes: ViewerScopes) => boolean;

type ScopeMap = Readonly<Record<string, unknown>>;

/**
 * Scope-auth's options the compiled read cannot honour: they change what other fields see or
 * when the check runs.
 */
const UNDERIVED_OPTIONS = [
  'grantScopes',
  'skipTypeScopes',
  'skipInterfaceScopes',
  'runScopesOnType',
];

/**
 * The part of a scope map that does not depend on the row: `staff` and `anyRole`, combined as
 * scope-auth combines them (a map or `$any`: any; `$all`: all). Scopes that depend on the row
 * (`delegated`) or on nothing the compiled read checks (`thirdParty`) grant nothing here: a
 * viewer they would admit is answered by the resolvers. Null when nothing here can grant.
 */
function grantOf(map: ScopeMap, all: boolean, subject: string): Grant | null {
  const parts: (Grant | null)[] = Object.entries(map).map(([scope, value]) => {
    if (scope === '$any') return grantOf(value as ScopeMap, false, subject);
    if (scope === '$all') return grantOf(value as ScopeMap, true, subject);
    if (scope === 'staff' && value === true) return (scopes) => scopes.staff;
    if (scope === 'anyRole' && Array.isArray(value)) return (scopes) => scopes.anyRole(value);
    if (scope === 'delegated' || scope === 'thirdParty') return null;
    throw new NotCompilable('auth-not-derived', subject);
  });
  if (all) {
    if (parts.some((part) => part === null)) throw new NotCompilable('auth-not-derived', subject);
    const grants = parts as Grant[];
    return (scopes) => grants.every((grant) => grant(scopes));
  }
  const grants = parts.filter((part): part is Grant => part !== null);
  return grants.length === 0 ? null : (scopes) => grants.some((grant) => grant(scopes));
}

/**
 * What a type's or field's `authScopes` require of the viewer, derived from the options given to
 * the builder (D80): a scope map, or a function of the row that says which of its scopes hold for
 * every row (`forEveryRow`, as `staffOrDelegated` does). Anything else is refused.
 */
function grantOfOptions(options: Record<string, unknown> | undefined, subject: string) {
  if (!options) return undefined;
  if (UNDERIVED_OPTIONS.some((option) => options[option] !== undefined)) {
    throw new NotCompilable('auth-not-derived', subject);
  }
  const authScopes = options.authScopes as ScopeMap | ((...args: unknown[]) => unknown) | undefined;
  if (authScopes === undefined) return undefined;
  const map =
    typeof authScopes === 'function'
      ? (authScopes as { forEveryRow?: ScopeMap }).forEveryRow
      : authScopes;
  if (!map) throw new NotCompilable('auth-not-derived', subject);
  const grant = grantOf(map, false, subject);
  if (!grant) throw new NotCompilable('auth-not-derived', subject);
  return grant;
}

const pothosOptions = (extensions: Readonly<Record<string, unknown>> | null | undefined) =>
  extensions?.pothosOptions as Record<string, unknown> | undefined;

/** The type's own rule, if it has one. */
export function typeGrant(type: GraphQLObjectType): Grant | undefined {
  return grantOfOptions(pothosOptions(type.extensions), type.name);
}

/** The field's own rule, if it has one. */
export function fieldGrant(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
): Grant | undefined {
  return grantOfOptions(pothosOptions(field.extensions), `${type.name}.${field.name}`);
}
