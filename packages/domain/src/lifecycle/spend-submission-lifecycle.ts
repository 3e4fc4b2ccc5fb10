/**
 * The council's review of spend a third-party app submitted from a person's direct payment account
 * (D98; domain.md §4.4 monitoring, §6.2 AccountTransaction): the spend is SUBMITTED, awaiting a
 * finance officer, and is either ACCEPTED — posted to the account's ledger — or REJECTED with a
 * reason from `SpendRejectionReason`. One decision only: both are final, so a second decision is
 * refused and an accepted spend is never rejected afterwards (a later correction is a ledger
 * ADJUSTMENT, a misuse a Recovery).
 */
import { z } from 'zod';
import { SpendRejectionReason } from '../code-lists/spend-rejection-reason.ts';
import { SpendSubmissionStatus } from '../code-lists/spend-submission-status.ts';
import { codeSchema, textSchema } from '../entities/field-schemas.ts';
import { type Lifecycle, type Transition, transition } from './transition.ts';

export type SpendSubmissionAction = 'ACCEPT' | 'REJECT';

export const SPEND_SUBMISSION_LIFECYCLE: Lifecycle<SpendSubmissionStatus, SpendSubmissionAction> = {
  record: 'submitted spend',
  statuses: SpendSubmissionStatus.codes,
  terminal: ['ACCEPTED', 'REJECTED'],
  actions: {
    ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED', doing: 'accept it' },
    REJECT: { from: ['SUBMITTED'], to: 'REJECTED', doing: 'reject it' },
  },
};

export function spendSubmissionTransition(
  status: SpendSubmissionStatus,
  action: SpendSubmissionAction,
  path?: readonly string[],
): Transition<SpendSubmissionStatus> {
  return transition(SPEND_SUBMISSION_LIFECYCLE, status, action, path);
}

/**
 * Why the officer rejects it: a code, and a note for the app and the person (1 to 2000
 * characters) — required when the code is OTHER, which says nothing by itself.
 */
export const spendRejectionSchema = z
  .object({
    reason: codeSchema(SpendRejectionReason),
    note: textSchema(2000).optional(),
  })
  .superRefine((rejection, context) => {
    if (rejection.reason === 'OTHER' && rejection.note === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'Say why in the note when the reason is OTHER',
        path: ['note'],
      });
    }
  });

export type SpendRejection = z.output<typeof spendRejectionSchema>;
