import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Employment Status, 7 values (domain.md §3.1.2). R1 [S-01d]; R2 wording from the CLD vocabulary
 * republished by S-05. Mandatory only for service users aged 18–64 with PSR Learning Disability [S-02a].
 */
export const EmploymentStatus = defineCodeList({
  name: 'EmploymentStatus',
  description: "The person's employment (CLD Employment Status).",
  source: 'S-01d (R1); S-05 (R2)',
  entries: {
    PAID_LESS_THAN_16_HOURS: {
      r1: 'Paid: Less than 16 hours a week',
      r2: 'Paid: Less than 16 hours a week',
    },
    PAID_16_OR_MORE_HOURS: {
      r1: 'Paid: 16 or more hours a week',
      r2: 'Paid: 16 or more hours a week',
    },
    PAID_HOURS_UNKNOWN: { r1: 'Paid: Hours per week unknown', r2: 'Paid: Hours per week unknown' },
    NOT_IN_PAID_EMPLOYMENT_SEEKING_WORK: {
      r1: 'Not in Paid Employment (seeking work)',
      r2: 'Not in paid employment: Seeking work',
    },
    NOT_IN_PAID_EMPLOYMENT_NOT_SEEKING_OR_RETIRED: {
      r1: 'Not in Paid Employment (not actively seeking work / retired)',
      r2: 'Not in paid employment: Not actively seeking work or retired',
    },
    NOT_IN_PAID_EMPLOYMENT_VOLUNTARY_ONLY: {
      r1: 'Not in Paid Employment (voluntary work only)',
      r2: 'Not in paid employment: Voluntary work only',
    },
    UNKNOWN: { r1: 'Unknown', r2: 'Unknown' },
  },
});

export type EmploymentStatus = CodeOf<typeof EmploymentStatus>;
