import type { Prisma } from '@openpb/db/client';
import { AssessmentFormat } from '@openpb/domain/code-lists/assessment-format';
import { AssessmentType } from '@openpb/domain/code-lists/assessment-type';
import { CarerEligibilityOutcome } from '@openpb/domain/code-lists/carer-eligibility-outcome';
import { Complexity } from '@openpb/domain/code-lists/complexity';
import { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import { EventOutcomeR2 } from '@openpb/domain/code-lists/event-outcome-r2';
import { FacsBand } from '@openpb/domain/code-lists/facs-band';
import { Involvement } from '@openpb/domain/code-lists/involvement';
import type { StaffQualification } from '@openpb/domain/code-lists/staff-qualification';
import { UnableToAchieveReason } from '@openpb/domain/code-lists/unable-to-achieve-reason';
import { assessmentInputSchema } from '@openpb/domain/entities/assessment';
import { checkQualifiedWorker } from '@openpb/domain/rules/qualified-worker';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonRef } from '../person.ts';
import { AssessmentRef } from './assessment.ts';
import { checkEventDatesAgainstDeath } from './event-dates-against-death.ts';
import { hasOpenSafeguardingConcern } from './open-safeguarding.ts';
import { referencedPerson, referencedStaffMember } from './referenced-records.ts';
import { RequestRef } from './request.ts';
import { StaffMemberRef } from './staff-member.ts';

const OutcomeAssessmentInput = builder.inputType('OutcomeAssessmentInput', {
  description: 'Whether the adult can achieve one of the ten specified outcomes.',
  fields: (t) => ({
    outcome: t.field({ type: codeEnum(EligibilityOutcome) }),
    unableToAchieve: t.boolean(),
    reason: t.field({
      type: codeEnum(UnableToAchieveReason),
      required: false,
      description: 'Required when the outcome cannot be achieved.',
    }),
  }),
});

const EligibilityDeterminationInput = builder.inputType('EligibilityDeterminationInput', {
  description: 'The facts of reg 2; whether the needs are eligible is computed from them (I-3).',
  fields: (t) => ({
    needsArisingFromImpairmentOrIllness: t.boolean(),
    outcomes: t.field({ type: [OutcomeAssessmentInput], description: 'Each outcome once.' }),
    significantImpactOnWellbeing: t.boolean(),
    fluctuatingNeedsPeriodDays: t.int({ required: false }),
  }),
});

const CarerOutcomeAssessmentInput = builder.inputType('CarerOutcomeAssessmentInput', {
  description: 'Whether the carer can achieve one of the eight specified outcomes (reg 3(3)).',
  fields: (t) => ({
    outcome: t.field({ type: codeEnum(CarerEligibilityOutcome) }),
    unableToAchieve: t.boolean(),
    reason: t.field({
      type: codeEnum(UnableToAchieveReason),
      required: false,
      description:
        'Required when the outcome cannot be achieved; TAKES_SIGNIFICANTLY_LONGER is not a ground for carers (reg 3(4)).',
    }),
  }),
});

const CarerEligibilityDeterminationInput = builder.inputType('CarerEligibilityDeterminationInput', {
  description:
    'The facts of reg 3 for a carer; whether the needs are eligible is computed from them (I-3).',
  fields: (t) => ({
    needsArisingFromProvidingNecessaryCare: t.boolean(),
    healthDeterioratingOrAtRisk: t.boolean(),
    outcomes: t.field({ type: [CarerOutcomeAssessmentInput], description: 'Each outcome once.' }),
    significantImpactOnWellbeing: t.boolean(),
  }),
});

const CompleteAssessmentInput = builder.inputType('CompleteAssessmentInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef }),
    requestId: t.globalID({
      for: RequestRef,
      required: false,
      description: 'The request of the same person that led to the assessment.',
    }),
    type: t.field({
      type: codeEnum(AssessmentType),
      description: 'LONG_TERM or SHORT_TERM; financial assessments are recorded separately.',
    }),
    format: t.field({ type: codeEnum(AssessmentFormat) }),
    involvement: t.field({ type: codeEnum(Involvement) }),
    startDate: t.field({ type: 'Date' }),
    completedDate: t.field({ type: 'Date' }),
    complexity: t.field({ type: codeEnum(Complexity) }),
    outcome: t.field({ type: codeEnum(EventOutcomeR2) }),
    eligibility: t.field({
      type: EligibilityDeterminationInput,
      required: false,
      description: 'The adult’s test (reg 2); only for a long-term assessment.',
    }),
    carerEligibility: t.field({
      type: CarerEligibilityDeterminationInput,
      required: false,
      description:
        'The carer’s test (reg 3), for a carer’s assessment (s10), instead of eligibility; only for a long-term assessment.',
    }),
    legacyFacsBand: t.field({ type: codeEnum(FacsBand), required: false }),
    countersignedById: t.globalID({
      for: StaffMemberRef,
      required: false,
      description:
        'A registered social worker countersigning, when you are not one and the case is HIGH complexity or has an open safeguarding concern (I-6).',
    }),
  }),
});

builder.mutationField('completeAssessment', (t) =>
  t.field({
    type: AssessmentRef,
    description:
      'Records a completed long-term or short-term assessment with you as the assessor, computing eligibility from the facts (I-3) and applying the council’s qualified-worker policy (I-6).',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: CompleteAssessmentInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Forbidden],
      dataField: { name: 'assessment' },
    },
    resolve: async (_root, { input }, context) => {
      if (input.type === 'FINANCIAL') {
        throw new ValidationFailed([
          {
            path: ['type'],
            message: 'Record a financial assessment with the financial assessment action',
            code: 'INVALID_VALUE',
          },
        ]);
      }
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'completeAssessment', async (tx, events) => {
        events.fromResult('assessment.completed');
        const assessor = await actingStaff(tx, context);
        const assessment = parseInput(assessmentInputSchema, {
          ...input,
          personId: input.personId.id,
          requestId: input.requestId?.id,
          countersignedById: input.countersignedById?.id,
          assessorId: assessor.id,
        });
        const person = await referencedPerson(tx, councilId, assessment.personId, [
          'input',
          'personId',
        ]);
        if (assessment.requestId !== undefined) {
          const request = await tx.request.findFirst({
            where: { ...tenantRowWhere(assessment.requestId, councilId), personId: person.id },
            select: { id: true },
          });
          if (!request) throw new NotFound('request of this person', ['input', 'requestId']);
        }
        const countersigner =
          assessment.countersignedById === undefined
            ? null
            : await referencedStaffMember(tx, councilId, assessment.countersignedById, [
                'input',
                'countersignedById',
              ]);
        // required by the input type, so the domain's optional fields are present
        const { completedDate, involvement, outcome } = input;
        const policy = await councilPolicyOn(tx, councilId, completedDate);
        enforce([
          ...checkEventDatesAgainstDeath(
            {
              eventType: 'ASSESSMENT',
              startDate: assessment.startDate,
              endDate: completedDate,
              fields: { startDate: 'startDate', endDate: 'completedDate' },
            },
            person.deathDate,
          ),
          ...checkQualifiedWorker(
            {
              complexity: assessment.complexity,
              safeguardingActive: await hasOpenSafeguardingConcern(tx, councilId, person.id),
              workerQualification: assessor.qualification as StaffQualification,
              countersignerQualification: (countersigner?.qualification ??
                null) as StaffQualification | null,
            },
            policy.qualificationRules,
          ).map((violation) =>
            violation.path[0] === 'assessorId' ? { ...violation, path: [] } : violation,
          ),
        ]);
        return tx.assessment.create({
          data: {
            councilId,
            personId: person.id,
            requestId: assessment.requestId ?? null,
            type: assessment.type,
            format: assessment.format,
            involvement,
            startDate: toDbDate(assessment.startDate),
            completedDate: toDbDate(completedDate),
            assessorId: assessor.id,
            countersignedById: countersigner?.id ?? null,
            complexity: assessment.complexity,
            outcome,
            eligibility: (assessment.eligibility ?? assessment.carerEligibility) as
              | Prisma.InputJsonValue
              | undefined,
            eligible: (assessment.eligibility ?? assessment.carerEligibility)?.eligible ?? null,
            legacyFacsBand: assessment.legacyFacsBand ?? null,
          },
        });
      });
    },
  }),
);
