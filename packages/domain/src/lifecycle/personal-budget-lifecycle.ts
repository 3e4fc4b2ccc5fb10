/**
 * The life of a personal budget version (Care Act s26; domain.md §6.2 PersonalBudget): it is
 * signed off (I-5), then superseded by the next version or ended. A signed-off budget is what a
 * direct payment is set up from. Nothing leads back to SIGNED_OFF. A version not signed off yet is
 * WITHDRAWN when it can no longer be (the person died: there are no needs left to meet, Care Act
 * s26): it was never in force.
 */
import { PersonalBudgetStatus } from '../code-lists/personal-budget-status.ts';
import type { IsoDate } from '../dates.ts';
import type { RuleViolation } from '../rules/rule-violation.ts';
import { type Lifecycle, type Transition, transition } from './transition.ts';
import { supersededPeriod } from './version-period.ts';

export type PersonalBudgetAction =
  | 'SUBMIT_FOR_SIGN_OFF'
  | 'SIGN_OFF'
  | 'REJECT'
  | 'SUPERSEDE'
  | 'END'
  | 'WITHDRAW'
  | 'DEPLOY';

export const PERSONAL_BUDGET_LIFECYCLE: Lifecycle<PersonalBudgetStatus, PersonalBudgetAction> = {
  record: 'personal budget',
  statuses: PersonalBudgetStatus.codes,
  terminal: ['REJECTED', 'SUPERSEDED', 'ENDED', 'WITHDRAWN'],
  actions: {
    SUBMIT_FOR_SIGN_OFF: {
      from: ['PROPOSED'],
      to: 'AWAITING_SIGN_OFF',
      doing: 'put it forward for sign-off',
    },
    SIGN_OFF: { from: ['PROPOSED', 'AWAITING_SIGN_OFF'], to: 'SIGNED_OFF', doing: 'sign it off' },
    REJECT: { from: ['PROPOSED', 'AWAITING_SIGN_OFF'], to: 'REJECTED', doing: 'reject it' },
    SUPERSEDE: { from: ['SIGNED_OFF'], to: 'SUPERSEDED', doing: 'supersede it' },
    END: { from: ['SIGNED_OFF'], to: 'ENDED', doing: 'end it' },
    /** Not the signer's REJECT (a decision on the merits): the budget can no longer be signed off. */
    WITHDRAW: {
      from: ['PROPOSED', 'AWAITING_SIGN_OFF'],
      to: 'WITHDRAWN',
      doing: 'withdraw it',
    },
    /** A direct payment (or other deployment) is set up only from a signed-off budget. */
    DEPLOY: { from: ['SIGNED_OFF'], to: null, doing: 'set up a direct payment from it' },
  },
};

export function personalBudgetTransition(
  status: PersonalBudgetStatus,
  action: PersonalBudgetAction,
): Transition<PersonalBudgetStatus> {
  return transition(PERSONAL_BUDGET_LIFECYCLE, status, action);
}

export type SupersededBudget =
  | { readonly ok: true; readonly status: 'SUPERSEDED'; readonly effectiveTo: IsoDate | null }
  | { readonly ok: false; readonly violation: RuleViolation };

/**
 * The budget in force when its successor takes effect on `successorFrom`: SUPERSEDED, ending the
 * day before — or, when it never ran (the successor takes effect on or before its own start, as
 * when the same plan is agreed again), with no end date instead of an inverted period.
 */
export function supersedePersonalBudget(
  budget: {
    readonly status: PersonalBudgetStatus;
    readonly effectiveFrom: IsoDate;
    readonly effectiveTo: IsoDate | null;
  },
  successorFrom: IsoDate,
): SupersededBudget {
  const next = personalBudgetTransition(budget.status, 'SUPERSEDE');
  if (!next.ok) return next;
  const period = supersededPeriod(
    { from: budget.effectiveFrom, to: budget.effectiveTo },
    successorFrom,
  );
  return { ok: true, status: 'SUPERSEDED', effectiveTo: period.to };
}
