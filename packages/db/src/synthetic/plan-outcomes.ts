import type { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import type { Random } from './random.ts';

/** Personal outcomes in the person's own words, for each eligibility outcome. */
const OUTCOME_WORDS: { readonly [K in EligibilityOutcome]: readonly [string, string] } = {
  NUTRITION: ['I want a hot meal I have chosen every day', 'Eats a cooked meal daily'],
  PERSONAL_HYGIENE: [
    'I want to wash and get ready in the morning without rushing',
    'Washed and dressed by 10am',
  ],
  TOILET_NEEDS: [
    'I want to feel clean and comfortable during the day and night',
    'No missed continence support',
  ],
  APPROPRIATELY_CLOTHED: [
    'I want to wear the clothes I like',
    'Dressed in own choice of clothes daily',
  ],
  USE_HOME_SAFELY: [
    'I want to move around my home without falling',
    'No falls at home for three months',
  ],
  HABITABLE_HOME: ['I want my home to be clean and warm', 'Home cleaned weekly, heating used'],
  RELATIONSHIPS: [
    'I want to see my family and friends more often',
    'Visits family at least once a week',
  ],
  WORK_TRAINING_EDUCATION_VOLUNTEERING: [
    'I want to volunteer or get a job',
    'Volunteering one day a week',
  ],
  COMMUNITY_FACILITIES_TRANSPORT: [
    'I want to get out to the shops and my club',
    'Goes out into the community twice a week',
  ],
  CARING_FOR_CHILD: ['I want to take my child to school', 'Takes child to school on weekdays'],
};

/** Two to four of the outcomes the person cannot achieve, as plan outcomes (PlanOutcome[]). */
export function planOutcomes(random: Random, unableToAchieve: readonly EligibilityOutcome[]) {
  return random.sample(unableToAchieve, random.int(2, 4)).map((outcome) => ({
    description: OUTCOME_WORDS[outcome][0],
    eligibilityOutcome: outcome,
    target: OUTCOME_WORDS[outcome][1],
  }));
}
