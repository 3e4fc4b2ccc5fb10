import SchemaBuilder, {
  BasePlugin,
  isThenable,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { ApiError } from '../errors/api-error.ts';
import { Forbidden } from '../errors/forbidden.ts';
import type { AuditTrail } from './audit-trail.ts';
import { PERSONAL_DATA_TYPES } from './personal-data-types.ts';

function trailOf(context: unknown): AuditTrail | undefined {
  return (context as { audit?: AuditTrail }).audit;
}

function idOf(parent: unknown): string | null {
  const id = (parent as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * Feeds the request's AuditTrail: a read of every personal-data record any field resolves on,
 * the outcome of every mutation, and every refusal (ForbiddenError from scope-auth or a
 * resolver). Registered after the errors plugin and before scope-auth, so it sees refusals.
 * The wrapper stays synchronous for synchronous resolvers: most wrapped fields are scalars of
 * personal-data records, and a promise per scalar would cost more than the field itself.
 */
export class AuditPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const parentType = fieldConfig.parentType;
    const isMutation = parentType === 'Mutation';
    const isPersonal = PERSONAL_DATA_TYPES.has(parentType);
    const isRoot = parentType === 'Query' || isMutation;
    // a type-level access rule refuses inside the type's own fields: audit those refusals too
    const { pothosOptions } = this.buildCache.getTypeConfig(parentType);
    const isGuarded = (pothosOptions as { authScopes?: unknown }).authScopes !== undefined;
    if (!isPersonal && !isRoot && !isGuarded) return resolver;
    return (parent, args, context, info) => {
      const trail = trailOf(context);
      if (isPersonal) {
        const id = idOf(parent);
        if (id) trail?.read(parentType, id);
      }
      const recordOutcome = (result: unknown) => {
        if (isMutation)
          trail?.write(fieldConfig.name, result instanceof ApiError ? result.code : 'OK');
        return result;
      };
      const recordFailure = (error: unknown): never => {
        if (error instanceof Forbidden)
          trail?.deny(`${parentType}.${fieldConfig.name}`, error.code);
        else if (isMutation)
          trail?.write(fieldConfig.name, error instanceof ApiError ? error.code : 'FAILED');
        throw error;
      };
      let result: unknown;
      try {
        result = resolver(parent, args, context, info);
      } catch (error) {
        return recordFailure(error);
      }
      return isThenable(result)
        ? Promise.resolve(result).then(recordOutcome, recordFailure)
        : recordOutcome(result);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      audit: AuditPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('audit', AuditPlugin);
