import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * The four meanings of "unable to achieve" in reg 2(3) of the 2015 Eligibility Regulations [S-09a].
 */
export const UnableToAchieveReason = defineCodeList({
  name: 'UnableToAchieveReason',
  description: 'Why an adult is "unable to achieve" an outcome (reg 2(3)).',
  source: 'S-09a (reg 2(3))',
  entries: {
    WITHOUT_ASSISTANCE: {
      r1: 'Unable to achieve it without assistance',
      r2: 'Unable to achieve it without assistance',
    },
    PAIN_DISTRESS_ANXIETY: {
      r1: 'Able to achieve it without assistance but doing so causes significant pain, distress or anxiety',
      r2: 'Able to achieve it without assistance but doing so causes significant pain, distress or anxiety',
    },
    ENDANGERS_HEALTH_SAFETY: {
      r1: 'Able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the adult or others',
      r2: 'Able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the adult or others',
    },
    TAKES_SIGNIFICANTLY_LONGER: {
      r1: 'Able to achieve it without assistance but takes significantly longer than would normally be expected',
      r2: 'Able to achieve it without assistance but takes significantly longer than would normally be expected',
    },
  },
});

export type UnableToAchieveReason = CodeOf<typeof UnableToAchieveReason>;
