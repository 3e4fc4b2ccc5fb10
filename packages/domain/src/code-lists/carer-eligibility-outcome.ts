import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * The outcomes of reg 3(3) of the Care and Support (Eligibility Criteria) Regulations 2015
 * (legislation.gov.uk/uksi/2015/313/regulation/3) for a carer. A carer whose health is not at
 * risk is eligible when unable to achieve any one of them (reg 3(2)(b)), with a significant impact
 * on wellbeing (I-3). Not a CLD list: the statutory wording is in both label slots.
 */
export const CarerEligibilityOutcome = defineCodeList({
  name: 'CarerEligibilityOutcome',
  description:
    'The eight specified outcomes for carers of the Care and Support (Eligibility Criteria) Regulations 2015, reg 3(3).',
  source: 'S-09a (reg 3(3))',
  entries: {
    CARING_FOR_CHILD: {
      r1: 'Carrying out any caring responsibilities the carer has for a child',
      r2: 'Carrying out any caring responsibilities the carer has for a child',
    },
    CARING_FOR_OTHERS: {
      r1: 'Providing care to other persons for whom the carer provides care',
      r2: 'Providing care to other persons for whom the carer provides care',
    },
    HABITABLE_HOME: {
      r1: "Maintaining a habitable home environment in the carer's home",
      r2: "Maintaining a habitable home environment in the carer's home",
    },
    NUTRITION: {
      r1: 'Managing and maintaining nutrition',
      r2: 'Managing and maintaining nutrition',
    },
    RELATIONSHIPS: {
      r1: 'Developing and maintaining family or other personal relationships',
      r2: 'Developing and maintaining family or other personal relationships',
    },
    WORK_TRAINING_EDUCATION_VOLUNTEERING: {
      r1: 'Engaging in work, training, education or volunteering',
      r2: 'Engaging in work, training, education or volunteering',
    },
    COMMUNITY_FACILITIES: {
      r1: 'Making use of necessary facilities or services in the local community, including recreational facilities or services',
      r2: 'Making use of necessary facilities or services in the local community, including recreational facilities or services',
    },
    RECREATIONAL_ACTIVITIES: {
      r1: 'Engaging in recreational activities',
      r2: 'Engaging in recreational activities',
    },
  },
});

export type CarerEligibilityOutcome = CodeOf<typeof CarerEligibilityOutcome>;
