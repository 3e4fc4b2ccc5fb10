import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Funding sources of a plan line (domain.md §6.2). Only LA and CLIENT_CONTRIBUTION lines are part of
 * the personal budget (I-2); top-ups and NHS funding are excluded from CLD Unit Cost [S-03].
 */
export const FundingSource = defineCodeList({
  name: 'FundingSource',
  description: 'Who funds a support plan line.',
  source: 'S-03; [P]',
  entries: {
    LA: { r1: 'Council', r2: 'Council' },
    CLIENT_CONTRIBUTION: { r1: 'Client contribution', r2: 'Client contribution' },
    THIRD_PARTY_TOP_UP: { r1: 'Third-party top-up', r2: 'Third-party top-up' },
    NHS: { r1: 'NHS', r2: 'NHS' },
    OTHER: { r1: 'Other', r2: 'Other' },
  },
});

export type FundingSource = CodeOf<typeof FundingSource>;

/** Funding sources that form part of the personal budget (I-2). */
export function isPersonalBudgetFunding(source: FundingSource): boolean {
  return source === 'LA' || source === 'CLIENT_CONTRIBUTION';
}
