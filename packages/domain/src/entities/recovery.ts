/**
 * Recovery (clawback) of direct payment money (Care Act s33(5), S-09d; council practice S-15;
 * domain.md §6.2 Recovery). Checked by I-12 in `rules/surplus-recovery.ts`.
 */
import { z } from 'zod';
import { RecoveryMethod } from '../code-lists/recovery-method.ts';
import { RecoveryReason } from '../code-lists/recovery-reason.ts';
import type { RecoveryStatus } from '../code-lists/recovery-status.ts';
import type { IsoDate } from '../dates.ts';
import type { Pence } from '../money.ts';
import { checkRecovery, checkRecoveryAmount } from '../rules/surplus-recovery.ts';
import {
  addViolations,
  codeSchema,
  idSchema,
  isoDateSchema,
  penceSchema,
} from './field-schemas.ts';

export interface Recovery {
  readonly id: string;
  readonly agreementId: string;
  readonly auditId: string | null;
  readonly reason: RecoveryReason;
  readonly amountPence: Pence;
  readonly recoveredPence: Pence;
  readonly method: RecoveryMethod;
  readonly status: RecoveryStatus;
  readonly notifiedDate: IsoDate | null;
}

const recoveryFields = {
  agreementId: idSchema,
  auditId: idSchema.optional(),
  reason: codeSchema(RecoveryReason),
  amountPence: penceSchema.min(1, { error: 'A recovery must be at least 1p' }),
  method: codeSchema(RecoveryMethod),
};

/**
 * Input for raising a recovery (status PROPOSED). `recoverablePence` is the recoverable surplus the
 * council has computed (see `recoverablePence` in the rules); the schema checks the I-12 amount
 * against it. A card sweep's notice is checked when the money is taken (`checkCardSweepNotice`).
 */
export function raiseRecoveryInputSchema(recoverable: Pence) {
  return z.object(recoveryFields).superRefine((recovery, context) => {
    addViolations(context, checkRecoveryAmount({ ...recovery, recoverablePence: recoverable }));
  });
}

/**
 * Input for a recovery with its notice and recovery dates. `recoverablePence` is the recoverable
 * surplus the council has computed; the schema checks all of I-12 against it.
 */
export function createRecoveryInputSchema(recoverable: Pence) {
  return z
    .object({
      ...recoveryFields,
      notifiedDate: isoDateSchema.optional(),
      recoveryDate: isoDateSchema.optional(),
    })
    .superRefine((recovery, context) => {
      addViolations(context, checkRecovery({ ...recovery, recoverablePence: recoverable }));
    });
}

export type RecoveryInput = z.output<ReturnType<typeof createRecoveryInputSchema>>;
