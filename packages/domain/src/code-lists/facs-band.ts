import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * FACS bands (2003, revised 2010) [S-11]: legacy eligibility recorded on old assessments.
 */
export const FacsBand = defineCodeList({
  name: 'FacsBand',
  description: 'Fair Access to Care Services eligibility band (2003–2015).',
  source: 'S-11',
  entries: {
    CRITICAL: { r1: 'Critical', r2: 'Critical' },
    SUBSTANTIAL: { r1: 'Substantial', r2: 'Substantial' },
    MODERATE: { r1: 'Moderate', r2: 'Moderate' },
    LOW: { r1: 'Low', r2: 'Low' },
  },
});

export type FacsBand = CodeOf<typeof FacsBand>;
