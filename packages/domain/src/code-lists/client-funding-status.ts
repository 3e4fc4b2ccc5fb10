import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Client Funding Status (domain.md §3.1.2) [S-03 client-funding-status]. R2 labels [S-02 code];
 * R2 "Unknown" from the CLD vocabulary republished by S-05. The three reserved R1 values have no R2
 * label.
 */
export const ClientFundingStatus = defineCodeList({
  name: 'ClientFundingStatus',
  description: "How the person's care is funded after the financial assessment.",
  source: 'S-03 (client-funding-status), S-02 code, S-05',
  entries: {
    FULLY_SOCIAL_CARE_FUNDED: {
      r1: 'Fully Social Care Funded',
      r2: 'Fully social care funded',
      description: 'Capital below the lower limit.',
    },
    JOINT_CLIENT_AND_SOCIAL_CARE_FUNDED: {
      r1: 'Joint Client and Social Care Funded',
      r2: 'Joint client and social care funded',
      description: 'Capital between the limits.',
    },
    FULL_COST_S18_3: {
      r1: '18(3) (full cost client)',
      r2: 'Fully client funded',
      description: 'Above the upper limit; the council arranges care under s18(3).',
    },
    UNKNOWN_INDIVIDUAL_LEVEL: {
      r1: 'Unknown - Individual Level',
      r2: 'Unknown',
      description: 'Not yet assessed.',
    },
    SELF_FUNDER_METERING_ONLY: {
      r1: 'Self-funder - Metering Only',
      r2: null,
      description: 'Reserved: not to be used yet.',
    },
    JOINT_HEALTH_AND_SOCIAL_CARE_FUNDED: {
      r1: 'Joint Health and Social Care Funded',
      r2: null,
      description: 'Reserved: not to be used yet.',
    },
    FULLY_HEALTH_FUNDED: {
      r1: 'Fully Health Funded',
      r2: null,
      description: 'Reserved: not to be used yet.',
    },
  },
});

export type ClientFundingStatus = CodeOf<typeof ClientFundingStatus>;

/** Values the CLD guidance says not to use yet [S-03]. */
export const RESERVED_CLIENT_FUNDING_STATUSES: readonly ClientFundingStatus[] = [
  'SELF_FUNDER_METERING_ONLY',
  'JOINT_HEALTH_AND_SOCIAL_CARE_FUNDED',
  'FULLY_HEALTH_FUNDED',
];
