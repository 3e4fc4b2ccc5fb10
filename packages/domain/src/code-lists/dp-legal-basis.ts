import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Legal basis of a direct payment: Care Act 2014 s31 or s32 [S-10e] (I-7).
 */
export const DpLegalBasis = defineCodeList({
  name: 'DpLegalBasis',
  description: 'The Care Act section a direct payment is made under.',
  source: 'S-10e',
  entries: {
    S31: { r1: 'Section 31 (adult with capacity)', r2: 'Section 31 (adult with capacity)' },
    S32: { r1: 'Section 32 (adult without capacity)', r2: 'Section 32 (adult without capacity)' },
  },
});

export type DpLegalBasis = CodeOf<typeof DpLegalBasis>;
