import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Method of Review, also used for Method of Assessment (domain.md §3.1.2) [S-03]. The Method of
 * Assessment list was not found; it is assumed to be this involvement list [K]. Supported
 * self-assessment is an AssessmentFormat, not a CLD code.
 */
export const Involvement = defineCodeList({
  name: 'Involvement',
  description: 'Who took part: CLD Method of Assessment and Method of Review.',
  source: 'S-03 (method-of-review)',
  entries: {
    SERVICE_USER_ONLY: {
      r1: 'Service user only',
      r2: 'Service user only',
      description: 'R2 wording not verified: R1 label reused.',
    },
    CARER_ONLY: {
      r1: 'Carer only',
      r2: 'Carer only',
      description: 'R2 wording not verified: R1 label reused.',
    },
    SERVICE_USER_AND_CARER: {
      r1: 'Service user and carer',
      r2: 'Service user and carer',
      description: 'R2 wording not verified: R1 label reused.',
    },
  },
});

export type Involvement = CodeOf<typeof Involvement>;
