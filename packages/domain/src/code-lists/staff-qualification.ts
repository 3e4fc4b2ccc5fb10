import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Staff qualifications (domain.md §2, §6.2) [S-14]; drives I-6.
 */
export const StaffQualification = defineCodeList({
  name: 'StaffQualification',
  description: "A staff member's professional qualification or role.",
  source: 'S-14; [P]',
  entries: {
    REGISTERED_SOCIAL_WORKER: { r1: 'Registered social worker', r2: 'Registered social worker' },
    OCCUPATIONAL_THERAPIST: { r1: 'Occupational therapist', r2: 'Occupational therapist' },
    SOCIAL_WORK_ASSISTANT: { r1: 'Social work assistant', r2: 'Social work assistant' },
    SOCIAL_CARE_OFFICER: { r1: 'Social care officer', r2: 'Social care officer' },
    ASSESSMENT_OFFICER: { r1: 'Assessment officer', r2: 'Assessment officer' },
    CARE_COORDINATOR: { r1: 'Care coordinator', r2: 'Care coordinator' },
    BROKER: { r1: 'Broker', r2: 'Broker' },
    DP_OFFICER: { r1: 'Direct payments officer', r2: 'Direct payments officer' },
    FINANCIAL_ASSESSMENT_OFFICER: {
      r1: 'Financial assessment officer',
      r2: 'Financial assessment officer',
    },
    REABLEMENT_WORKER: { r1: 'Reablement worker', r2: 'Reablement worker' },
    MANAGER: { r1: 'Manager', r2: 'Manager' },
    OTHER: { r1: 'Other', r2: 'Other' },
  },
});

export type StaffQualification = CodeOf<typeof StaffQualification>;
