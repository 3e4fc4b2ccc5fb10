import type { Prisma } from '@openpb/db/client';
import type { DelegationGrantorType } from '@openpb/domain/code-lists/delegation-grantor-type';
import type { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import type { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import type { IsoDate } from '@openpb/domain/dates';
import { checkDelegation } from '@openpb/domain/rules/delegation';
import { fromDbDate } from '../business-dates.ts';
import type { GraphQLContext } from '../context.ts';
import { Forbidden } from '../errors/forbidden.ts';
import type { NotFound } from '../errors/not-found.ts';
import { todayIn } from '../today.ts';
import { activeDelegationWhere } from './delegated-access.ts';

export interface ActingFor {
  readonly personId: string;
  readonly delegationId: string;
  /** The calling app's organisation, the delegation's grantee. */
  readonly organisationId: string;
}

export interface DelegatedWrite {
  /** The mutation, as the audit log names it: `Mutation.<field>`. */
  readonly field: string;
  /** Any one of these scopes allows the write (I-17). */
  readonly scopes: readonly DelegationScope[];
  /** The answer when the app may not act for the person at all. */
  readonly notFound: NotFound;
}

/**
 * The delegation under which the calling third-party app writes for a person of its council now
 * (I-17, checked with the domain rule), read inside the write's transaction. The request's audit
 * rows then name the person and the delegation.
 *
 * Without a delegation in force (none, revoked, expired, or a person of another council or of
 * none: `personId` null) the answer is `write.notFound`, exactly as for an id that does not exist; the refusal is
 * audited. With one that lacks the scope, or whose grantor may not grant for this person, the app
 * is refused with a Forbidden.
 */
export async function actingFor(
  tx: Prisma.TransactionClient,
  context: GraphQLContext,
  personId: string | null,
  write: DelegatedWrite,
): Promise<ActingFor> {
  const today = todayIn(context.now());
  const organisationId = context.viewer.organisationId;
  const delegations =
    organisationId && personId
      ? await tx.delegation.findMany({
          where: {
            ...activeDelegationWhere(context.viewer.councilId, organisationId, today),
            personId,
          },
          select: {
            id: true,
            scopes: true,
            grantedBy: true,
            validFrom: true,
            validTo: true,
            revokedAt: true,
            person: { select: { mentalCapacityForDp: true } },
          },
          orderBy: { createdAt: 'asc' },
        })
      : [];
  const [first] = delegations;
  if (!first || personId === null || !organisationId) {
    context.audit.deny(write.field, 'NO_DELEGATION');
    throw write.notFound;
  }
  const allowed = delegations.find((delegation) =>
    write.scopes.some((requiredScope) => grants(delegation, personId, requiredScope, today)),
  );
  const delegationId = (allowed ?? first).id;
  context.audit.actFor(personId, delegationId);
  if (!allowed) {
    throw new Forbidden(`Your delegation does not allow this (${write.scopes.join(' or ')})`);
  }
  return { personId, delegationId, organisationId };
}

interface DelegationRow {
  readonly scopes: readonly string[];
  readonly grantedBy: string;
  readonly validFrom: Date;
  readonly validTo: Date | null;
  readonly revokedAt: Date | null;
  readonly person: { readonly mentalCapacityForDp: string };
}

/** Whether the delegation lets its organisation do what needs `requiredScope` today (I-17). */
function grants(
  delegation: DelegationRow,
  personId: string,
  requiredScope: DelegationScope,
  today: IsoDate,
): boolean {
  const grant = {
    personId,
    scopes: delegation.scopes as DelegationScope[],
    grantedBy: delegation.grantedBy as DelegationGrantorType,
    validFrom: fromDbDate(delegation.validFrom),
    validTo: delegation.validTo ? fromDbDate(delegation.validTo) : null,
    revokedAt: delegation.revokedAt,
  };
  const personCapacity = delegation.person.mentalCapacityForDp as MentalCapacityForDp;
  return checkDelegation(grant, { personId, requiredScope, today, personCapacity }).length === 0;
}
