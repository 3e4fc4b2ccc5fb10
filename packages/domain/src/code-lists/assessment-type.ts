import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Assessment Type (domain.md §3.1.2) [S-03 assessment-type; S-02a; S-02 code]. DoLS,
 * safeguarding, mental capacity and MHA assessments are outside CLD.
 *
 * Financial Assessment is Release 1 only (D62): DHSC reads R2-mapped assessments as "Short term
 * assessment" / "Long term assessment" only (DataS-DHSC/ASC-CLD-LA-Dashboard
 * `Waiting_times/waiting_times_method.sql`), and maps R1's "Progress to financial assessment"
 * outcome to "Release 1 specification only: Not mapped" (`Main_tables/docs/methodology/
 * 5-data-cleaning.md`). So a FINANCIAL row in a Release 2 file is rightly
 * RELEASE_1_VALUE_IN_RELEASE_2; the API records means tests as `financial_assessment`, never here.
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
      description: 'Means test; sets Client Funding Status. Release 1 only (D62).',
    },
  },
});

export type AssessmentType = CodeOf<typeof AssessmentType>;
