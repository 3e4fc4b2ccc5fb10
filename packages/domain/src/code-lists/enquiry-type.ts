import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Safeguarding enquiry types (Safeguarding Adults Collection) [S-18].
 */
export const EnquiryType = defineCodeList({
  name: 'EnquiryType',
  description: 'The kind of safeguarding enquiry.',
  source: 'S-18',
  entries: {
    SECTION_42: { r1: 'Section 42 enquiry', r2: 'Section 42 enquiry' },
    OTHER: { r1: 'Other enquiry', r2: 'Other enquiry' },
  },
});

export type EnquiryType = CodeOf<typeof EnquiryType>;
