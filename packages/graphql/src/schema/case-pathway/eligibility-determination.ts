import { CarerEligibilityOutcome } from '@openpb/domain/code-lists/carer-eligibility-outcome';
import { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import { UnableToAchieveReason } from '@openpb/domain/code-lists/unable-to-achieve-reason';
import type {
  CarerEligibilityDetermination,
  CarerOutcomeAssessment,
  EligibilityDetermination,
  OutcomeAssessment,
} from '@openpb/domain/entities/assessment';
import { builder } from '../../builder.ts';
import { codeEnum } from '../code-lists.ts';

const OutcomeAssessmentRef = builder.objectRef<OutcomeAssessment>('OutcomeAssessment').implement({
  description: 'Whether the adult can achieve one of the ten specified outcomes (reg 2(2)).',
  fields: (t) => ({
    outcome: t.field({ type: codeEnum(EligibilityOutcome), resolve: (item) => item.outcome }),
    unableToAchieve: t.exposeBoolean('unableToAchieve'),
    reason: t.field({
      type: codeEnum(UnableToAchieveReason),
      nullable: true,
      description: 'Why the outcome cannot be achieved (reg 2(3)).',
      resolve: (item) => item.reason ?? null,
    }),
  }),
});

/** The eligibility determination as stored on an assessment. */
export const EligibilityDeterminationRef = builder
  .objectRef<EligibilityDetermination>('EligibilityDetermination')
  .implement({
    description:
      'The eligibility decision of a long-term assessment (Care and Support (Eligibility Criteria) Regulations 2015, reg 2).',
    fields: (t) => ({
      needsArisingFromImpairmentOrIllness: t.exposeBoolean('needsArisingFromImpairmentOrIllness'),
      outcomes: t.field({
        type: [OutcomeAssessmentRef],
        description: 'The outcomes considered.',
        resolve: (determination) => [...determination.outcomes],
      }),
      outcomesUnableToAchieve: t.field({
        type: [codeEnum(EligibilityOutcome)],
        description: 'The outcomes the adult is unable to achieve.',
        resolve: (determination) =>
          determination.outcomes.filter((item) => item.unableToAchieve).map((item) => item.outcome),
      }),
      significantImpactOnWellbeing: t.exposeBoolean('significantImpactOnWellbeing'),
      eligible: t.exposeBoolean('eligible', {
        description:
          'Computed (I-3): needs arise from impairment or illness, at least two outcomes cannot be achieved, and there is a significant impact on wellbeing.',
      }),
      fluctuatingNeedsPeriodDays: t.int({
        nullable: true,
        description: 'The period over which fluctuating needs were judged (reg 2(4)).',
        resolve: (determination) => determination.fluctuatingNeedsPeriodDays,
      }),
    }),
  });

const CarerOutcomeAssessmentRef = builder
  .objectRef<CarerOutcomeAssessment>('CarerOutcomeAssessment')
  .implement({
    description: 'Whether the carer can achieve one of the eight specified outcomes (reg 3(3)).',
    fields: (t) => ({
      outcome: t.field({
        type: codeEnum(CarerEligibilityOutcome),
        resolve: (item) => item.outcome,
      }),
      unableToAchieve: t.exposeBoolean('unableToAchieve'),
      reason: t.field({
        type: codeEnum(UnableToAchieveReason),
        nullable: true,
        description: 'Why the outcome cannot be achieved (reg 3(4)).',
        resolve: (item) => item.reason ?? null,
      }),
    }),
  });

/** A carer's eligibility determination as stored on an assessment. */
export const CarerEligibilityDeterminationRef = builder
  .objectRef<CarerEligibilityDetermination>('CarerEligibilityDetermination')
  .implement({
    description:
      'The eligibility decision of a carer’s assessment (Care Act s10; Care and Support (Eligibility Criteria) Regulations 2015, reg 3).',
    fields: (t) => ({
      needsArisingFromProvidingNecessaryCare: t.exposeBoolean(
        'needsArisingFromProvidingNecessaryCare',
        { description: 'reg 3(1)(a): the needs arise from providing necessary care for an adult.' },
      ),
      healthDeterioratingOrAtRisk: t.exposeBoolean('healthDeterioratingOrAtRisk', {
        description:
          'reg 3(2)(a): the carer’s physical or mental health is, or is at risk of, deteriorating.',
      }),
      outcomes: t.field({
        type: [CarerOutcomeAssessmentRef],
        description: 'The outcomes considered (reg 3(3)).',
        resolve: (determination) => [...determination.outcomes],
      }),
      significantImpactOnWellbeing: t.exposeBoolean('significantImpactOnWellbeing'),
      eligible: t.exposeBoolean('eligible', {
        description:
          'Computed (I-3): needs arise from providing necessary care; the carer’s health is deteriorating or at risk, or any one outcome cannot be achieved; and there is a significant impact on wellbeing.',
      }),
    }),
  });
