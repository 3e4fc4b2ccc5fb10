import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Gender (domain.md §3.1.1). CLD values are Male, Female, Other/Indeterminate and Unknown; the
 * exact R1/R2 wording of the third value was not verified, so both releases carry "Other".
 */
export const Gender = defineCodeList({
  name: 'Gender',
  description: "The person's gender as CLD records it.",
  source: 'S-02a; S-02 code',
  entries: {
    MALE: { r1: 'Male', r2: 'Male' },
    FEMALE: { r1: 'Female', r2: 'Female' },
    OTHER: { r1: 'Other', r2: 'Other', description: 'Other or indeterminate.' },
    UNKNOWN: { r1: 'Unknown', r2: 'Unknown' },
  },
});

export type Gender = CodeOf<typeof Gender>;
