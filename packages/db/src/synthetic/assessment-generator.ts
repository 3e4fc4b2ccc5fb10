import type { AssessmentFormat } from '@openpb/domain/code-lists/assessment-format';
import type { Complexity } from '@openpb/domain/code-lists/complexity';
import { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import type { Involvement } from '@openpb/domain/code-lists/involvement';
import { UnableToAchieveReason } from '@openpb/domain/code-lists/unable-to-achieve-reason';
import type { IsoDate } from '@openpb/domain/dates';
import { determineEligibility, unachievedOutcomes } from '@openpb/domain/rules/eligibility';
import type { SyntheticPerson } from './person-generator.ts';
import type { Random } from './random.ts';
import type { StaffRow } from './staff-generator.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

export type AssessmentRow = TableRows['assessment'];

/** Where the assessment stands on the date the data set is drawn. */
export type AssessmentStage = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'IN_PROGRESS';

export interface GeneratedAssessment {
  readonly row: AssessmentRow;
  /** The outcomes the adult cannot achieve (empty while in progress). */
  readonly unableToAchieve: readonly EligibilityOutcome[];
}

/**
 * Forms of assessment (SG 6.3). A supported self-assessment is offered to adults with capacity
 * (about a fifth of long-term assessments overall); adults lacking capacity are not offered one.
 */
const FORMATS_WITH_CAPACITY: Readonly<Partial<Record<AssessmentFormat, number>>> = {
  FACE_TO_FACE: 50,
  SUPPORTED_SELF_ASSESSMENT: 24,
  PHONE: 8,
  VIDEO: 4,
  ONLINE: 3,
  JOINT: 7,
  COMBINED: 4,
};
const FORMATS_LACKING_CAPACITY: Readonly<Partial<Record<AssessmentFormat, number>>> = {
  FACE_TO_FACE: 80,
  JOINT: 14,
  COMBINED: 6,
};

/** Share of HIGH complexity: higher where needs are usually complex. */
export function drawComplexity(random: Random, person: SyntheticPerson): Complexity {
  const complexReasons = ['LEARNING_DISABILITY', 'MENTAL_HEALTH', 'MEMORY_AND_COGNITION'];
  const high = complexReasons.includes(person.primarySupportReason) ? 0.14 : 0.07;
  const draw = random.next();
  return draw < high ? 'HIGH' : draw < high + 0.55 ? 'MEDIUM' : 'LOW';
}

function involvementOf(random: Random, person: SyntheticPerson): Involvement {
  if (person.clientType === 'CARER') return 'CARER_ONLY';
  if (person.mentalCapacityForDp === 'LACKS_CAPACITY') return 'SERVICE_USER_AND_CARER';
  return random.chance(0.6) ? 'SERVICE_USER_ONLY' : 'SERVICE_USER_AND_CARER';
}

function unableCount(random: Random, person: SyntheticPerson, stage: AssessmentStage): number {
  if (stage === 'NOT_ELIGIBLE') return random.int(0, 3);
  const complex =
    person.primarySupportReason === 'LEARNING_DISABILITY' ||
    person.primarySupportReason === 'MEMORY_AND_COGNITION';
  return complex ? random.int(3, 7) : random.int(2, 5);
}

/**
 * The eligibility determination (2015 Regulations reg 2): outcomes the adult cannot achieve and
 * some they can; `eligible` is computed with the domain's rule (I-3). An ineligible adult either
 * cannot achieve fewer than two outcomes or has no significant impact on wellbeing.
 */
function drawEligibility(random: Random, person: SyntheticPerson, stage: AssessmentStage) {
  const unable = unableCount(random, person, stage);
  const candidates = EligibilityOutcome.codes.filter(
    (code) => code !== 'CARING_FOR_CHILD' || person.clientType === 'CARER',
  );
  const chosen = random.sample(candidates, unable + random.int(1, 3));
  const outcomes = chosen.map((outcome, index) => ({
    outcome,
    unableToAchieve: index < unable,
    reason: index < unable ? random.pick(UnableToAchieveReason.codes) : null,
  }));
  const facts = {
    needsArisingFromImpairmentOrIllness: true,
    outcomes,
    significantImpactOnWellbeing: stage === 'ELIGIBLE' || (unable < 2 && random.chance(0.5)),
  };
  return {
    ...facts,
    eligible: determineEligibility(facts),
    fluctuatingNeedsPeriodDays: person.primarySupportReason === 'MENTAL_HEALTH' ? 90 : null,
  };
}

/** The long-term needs assessment: its form, method, complexity and eligibility. */
export function generateAssessment(
  random: Random,
  person: SyntheticPerson,
  context: {
    requestId: string;
    stage: AssessmentStage;
    start: IsoDate;
    completed: IsoDate | null;
    complexity: Complexity;
    assessor: StaffRow;
    countersigner: StaffRow | null;
  },
): GeneratedAssessment {
  const formats =
    person.mentalCapacityForDp === 'LACKS_CAPACITY'
      ? FORMATS_LACKING_CAPACITY
      : FORMATS_WITH_CAPACITY;
  const eligibility =
    context.stage === 'IN_PROGRESS' ? null : drawEligibility(random, person, context.stage);
  const row: AssessmentRow = {
    id: random.uuid(),
    councilId: person.councilId,
    personId: person.id,
    requestId: context.requestId,
    type: 'LONG_TERM',
    format: random.weighted(formats as Record<AssessmentFormat, number>),
    involvement: involvementOf(random, person),
    startDate: context.start,
    completedDate: context.completed,
    assessorId: context.assessor.id,
    countersignedById: context.countersigner?.id ?? null,
    complexity: context.complexity,
    outcome:
      eligibility === null
        ? null
        : eligibility.eligible
          ? 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES'
          : 'NFA_INFORMATION_AND_ADVICE',
    eligibility,
    eligible: eligibility?.eligible ?? null,
    legacyFacsBand: null,
    createdAt: timestampOn(context.start, 11),
  };
  return { row, unableToAchieve: eligibility ? unachievedOutcomes(eligibility) : [] };
}
