import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * The outcomes of reg 2(2) of the Care and Support (Eligibility Criteria) Regulations 2015 [S-09a].
 * An adult is eligible when unable to achieve two or more of them (I-3). Not a CLD list: the
 * statutory wording is in both label slots.
 */
export const EligibilityOutcome = defineCodeList({
  name: 'EligibilityOutcome',
  description:
    'The ten specified outcomes of the Care and Support (Eligibility Criteria) Regulations 2015.',
  source: 'S-09a (reg 2(2))',
  entries: {
    NUTRITION: {
      r1: 'Managing and maintaining nutrition',
      r2: 'Managing and maintaining nutrition',
    },
    PERSONAL_HYGIENE: { r1: 'Maintaining personal hygiene', r2: 'Maintaining personal hygiene' },
    TOILET_NEEDS: { r1: 'Managing toilet needs', r2: 'Managing toilet needs' },
    APPROPRIATELY_CLOTHED: { r1: 'Being appropriately clothed', r2: 'Being appropriately clothed' },
    USE_HOME_SAFELY: {
      r1: "Being able to make use of the adult's home safely",
      r2: "Being able to make use of the adult's home safely",
    },
    HABITABLE_HOME: {
      r1: 'Maintaining a habitable home environment',
      r2: 'Maintaining a habitable home environment',
    },
    RELATIONSHIPS: {
      r1: 'Developing and maintaining family or other personal relationships',
      r2: 'Developing and maintaining family or other personal relationships',
    },
    WORK_TRAINING_EDUCATION_VOLUNTEERING: {
      r1: 'Accessing and engaging in work, training, education or volunteering',
      r2: 'Accessing and engaging in work, training, education or volunteering',
    },
    COMMUNITY_FACILITIES_TRANSPORT: {
      r1: 'Making use of necessary facilities or services in the local community, including public transport and recreational facilities or services',
      r2: 'Making use of necessary facilities or services in the local community, including public transport and recreational facilities or services',
    },
    CARING_FOR_CHILD: {
      r1: 'Carrying out any caring responsibilities the adult has for a child',
      r2: 'Carrying out any caring responsibilities the adult has for a child',
    },
  },
});

export type EligibilityOutcome = CodeOf<typeof EligibilityOutcome>;
