import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Audit outcomes (domain.md §4.4, §6.2) [S-15].
 */
export const AuditOutcome = defineCodeList({
  name: 'AuditOutcome',
  description: 'The outcome of a direct payment audit.',
  source: 'S-15; [P]',
  entries: {
    NO_ACTION: { r1: 'No action', r2: 'No action' },
    ADVICE_GIVEN: { r1: 'Advice given', r2: 'Advice given' },
    RECOVERY_RAISED: { r1: 'Recovery raised', r2: 'Recovery raised' },
    REVIEW_REQUESTED: { r1: 'Review requested', r2: 'Review requested' },
    REFERRED_TO_SAFEGUARDING: { r1: 'Referred to safeguarding', r2: 'Referred to safeguarding' },
    REFERRED_TO_FRAUD: { r1: 'Referred to fraud', r2: 'Referred to fraud' },
  },
});

export type AuditOutcome = CodeOf<typeof AuditOutcome>;
