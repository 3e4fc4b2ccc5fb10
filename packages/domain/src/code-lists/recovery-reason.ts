import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Recovery reasons: Care Act s33(5) repayment [S-09d] and council practice [S-15] (I-12).
 */
export const RecoveryReason = defineCodeList({
  name: 'RecoveryReason',
  description: 'Why money is recovered from a direct payment.',
  source: 'S-09d, S-15',
  entries: {
    SURPLUS: {
      r1: 'Surplus above the contingency allowance',
      r2: 'Surplus above the contingency allowance',
    },
    MISUSE_NOT_FOR_PLAN_NEEDS: {
      r1: 'Not used for the needs in the plan',
      r2: 'Not used for the needs in the plan',
    },
    BREACH_OF_CONDITION: { r1: 'Breach of a condition', r2: 'Breach of a condition' },
    DEATH: { r1: 'Death of the adult', r2: 'Death of the adult' },
    TERMINATION: { r1: 'Agreement ended', r2: 'Agreement ended' },
    OVERPAID_CONTRIBUTION_REFUND: {
      r1: 'Refund of an overpaid contribution',
      r2: 'Refund of an overpaid contribution',
    },
  },
});

export type RecoveryReason = CodeOf<typeof RecoveryReason>;
