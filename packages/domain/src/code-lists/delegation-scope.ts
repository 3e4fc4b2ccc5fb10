import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Delegation scopes for brokerage, support-planning and DPSS apps (domain.md §6.2, §6.8) [P]; I-17.
 */
export const DelegationScope = defineCodeList({
  name: 'DelegationScope',
  description: 'What a third-party app may do for the person.',
  source: '[P]',
  entries: {
    READ_PLAN: { r1: 'Read the support plan', r2: 'Read the support plan' },
    READ_BUDGET: { r1: 'Read the personal budget', r2: 'Read the personal budget' },
    READ_DP_LEDGER: {
      r1: 'Read the direct payment account',
      r2: 'Read the direct payment account',
    },
    SUBMIT_EVIDENCE: { r1: 'Submit evidence', r2: 'Submit evidence' },
    PROPOSE_PLAN: { r1: 'Propose support plan versions', r2: 'Propose support plan versions' },
    MANAGE_DP_ACCOUNT: {
      r1: 'Manage the direct payment account',
      r2: 'Manage the direct payment account',
    },
  },
});

export type DelegationScope = CodeOf<typeof DelegationScope>;
