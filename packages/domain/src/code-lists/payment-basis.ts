import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Net or gross direct payments [S-10e]; I-9.
 */
export const PaymentBasis = defineCodeList({
  name: 'PaymentBasis',
  description: 'Whether the contribution is deducted from the direct payment.',
  source: 'S-10e',
  entries: {
    NET: { r1: 'Net of the client contribution', r2: 'Net of the client contribution' },
    GROSS: {
      r1: 'Gross; contribution collected separately',
      r2: 'Gross; contribution collected separately',
    },
  },
});

export type PaymentBasis = CodeOf<typeof PaymentBasis>;
