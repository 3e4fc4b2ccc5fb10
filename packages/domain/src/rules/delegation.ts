/**
 * I-17 Delegation [P] (domain.md §6.2, §6.8): a third-party app (broker, support planner, DPSS)
 * may act for a person only under an active delegation that includes the needed scope. For a
 * person who lacks capacity (s32), only an authorised person or the council may grant it.
 */
import type { DelegationGrantorType } from '../code-lists/delegation-grantor-type.ts';
import type { DelegationScope } from '../code-lists/delegation-scope.ts';
import type { MentalCapacityForDp } from '../code-lists/mental-capacity-for-dp.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface DelegationGrant {
  readonly personId: string;
  readonly scopes: readonly DelegationScope[];
  readonly grantedBy: DelegationGrantorType;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate | null | undefined;
  /** Any revocation ends the delegation at once. */
  readonly revokedAt?: string | Date | null | undefined;
}

export interface DelegatedAction {
  readonly personId: string;
  readonly requiredScope: DelegationScope;
  readonly today: IsoDate;
  /** The person's capacity; LACKS_CAPACITY restricts who may grant. */
  readonly personCapacity: MentalCapacityForDp;
}

/** Whether the delegation is in force on `today` (not revoked, within its dates). */
export function isDelegationActive(delegation: DelegationGrant, today: IsoDate): boolean {
  if (delegation.revokedAt != null) return false;
  if (compareDates(today, delegation.validFrom) < 0) return false;
  return delegation.validTo == null || compareDates(today, delegation.validTo) <= 0;
}

export function checkDelegation(
  delegation: DelegationGrant | null,
  action: DelegatedAction,
): readonly RuleViolation[] {
  if (delegation === null) {
    return [
      violation('DELEGATION_NOT_ACTIVE', 'No delegation allows acting for this person.', [
        'delegationId',
      ]),
    ];
  }
  const problems: RuleViolation[] = [];
  if (delegation.personId !== action.personId) {
    problems.push(
      violation('DELEGATION_NOT_ACTIVE', 'The delegation is for a different person.', ['personId']),
    );
  }
  if (delegation.revokedAt != null) {
    problems.push(
      violation('DELEGATION_NOT_ACTIVE', 'The delegation has been revoked.', ['revokedAt']),
    );
  } else if (compareDates(action.today, delegation.validFrom) < 0) {
    problems.push(
      violation('DELEGATION_NOT_ACTIVE', `The delegation starts on ${delegation.validFrom}.`, [
        'validFrom',
      ]),
    );
  } else if (delegation.validTo != null && compareDates(action.today, delegation.validTo) > 0) {
    problems.push(
      violation('DELEGATION_NOT_ACTIVE', `The delegation ended on ${delegation.validTo}.`, [
        'validTo',
      ]),
    );
  }
  if (!delegation.scopes.includes(action.requiredScope)) {
    problems.push(
      violation(
        'DELEGATION_SCOPE_MISSING',
        `The delegation does not include ${action.requiredScope}.`,
        ['scopes'],
      ),
    );
  }
  problems.push(...checkDelegationGrantor(delegation.grantedBy, action.personCapacity));
  return problems;
}

/** I-17: for a person who lacks capacity (s32) only an authorised person or the council may grant. */
export function checkDelegationGrantor(
  grantedBy: DelegationGrantorType,
  personCapacity: MentalCapacityForDp,
): readonly RuleViolation[] {
  if (personCapacity === 'LACKS_CAPACITY' && grantedBy === 'PERSON') {
    return [
      violation(
        'DELEGATION_GRANTOR_INVALID',
        'For a person who lacks capacity, only an authorised person or the council can grant access.',
        ['grantedBy'],
      ),
    ];
  }
  return [];
}
