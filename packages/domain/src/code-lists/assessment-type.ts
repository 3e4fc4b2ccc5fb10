import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Assessment Type (domain.md §3.1.2) [S-03 assessment-type; S-02a; S-02 code]. DoLS,
 * safeguarding, mental capacity and MHA assessments are outside CLD.
 */
export const AssessmentType = defineCodeList({
  name: 'AssessmentType',
  description: 'The CLD Assessment Type.',
  source: 'S-03 (assessment-type), S-02a, S-02 code',
  entries: {
    LONG_TERM: {
      r1: 'Long Term Assessment',
      r2: 'Long term assessment',
      description: 'Eligibility is determined.',
    },
    SHORT_TERM: {
      r1: 'Short Term Assessment',
      r2: 'Short term assessment',
      description: 'OT, reablement or proportionate assessments with no eligibility decision.',
    },
    FINANCIAL: {
      r1: 'Financial Assessment',
      r2: null,
      description: 'Means test; sets Client Funding Status. Not listed for R2 in domain.md.',
    },
  },
});

export type AssessmentType = CodeOf<typeof AssessmentType>;
