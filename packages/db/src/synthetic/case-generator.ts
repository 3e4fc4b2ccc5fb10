import type { ApprovalLevel } from '@openpb/domain/code-lists/approval-level';
import type { ClientFundingStatus } from '@openpb/domain/code-lists/client-funding-status';
import type { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import type { EmploymentStatus } from '@openpb/domain/code-lists/employment-status';
import { addDays, ageOn, type IsoDate, minDate } from '@openpb/domain/dates';
import { requiredApprovalLevel } from '@openpb/domain/rules/sign-off-authority';
import { generateAccountActivity } from './account-ledger-generator.ts';
import {
  type AssessmentStage,
  drawComplexity,
  generateAssessment,
} from './assessment-generator.ts';
import { generateBudgets, type SyntheticBudget } from './budget-generator.ts';
import type { CouncilSetup } from './council-setup.ts';
import { drawDirectPaymentArrangement } from './direct-payment-arrangement.ts';
import {
  type AgreementRow,
  generateAgreement,
  generatePaEmployments,
} from './direct-payment-generator.ts';
import { generateFinancialAssessment } from './financial-assessment-generator.ts';
import { generateIndicativeBudget } from './indicative-budget-generator.ts';
import { generatePerson, type SyntheticPerson } from './person-generator.ts';
import { type GeneratedPlan, generatePlan } from './plan-generator.ts';
import type { Random } from './random.ts';
import { generateRequest } from './request-generator.ts';
import { agreementOn, generatePlanReviews } from './review-generator.ts';
import type { RowBatch } from './row-batch.ts';
import {
  drawSafeguarding,
  generateSafeguardingConcern,
  SAFEGUARDING_SHARE,
  type SafeguardingDraw,
} from './safeguarding-generator.ts';
import type { SupportProfile } from './service-catalogue.ts';
import type { CouncilStaff, StaffRow } from './staff-generator.ts';
import { timestampOn } from './timestamps.ts';
import { chooseCaseworker, isQualified, supervisorOf } from './worker-choice.ts';

/** Share of people on the caseload whose latest due review has not been held. */
const OVERDUE_REVIEW = 0.17;
/** Of people without a budget: share still being assessed (the rest were found not eligible). */
const STILL_ASSESSING = 0.7;

const WORKING_AGE_EMPLOYMENT: Readonly<Partial<Record<EmploymentStatus, number>>> = {
  NOT_IN_PAID_EMPLOYMENT_NOT_SEEKING_OR_RETIRED: 62,
  NOT_IN_PAID_EMPLOYMENT_SEEKING_WORK: 8,
  NOT_IN_PAID_EMPLOYMENT_VOLUNTARY_ONLY: 7,
  PAID_LESS_THAN_16_HOURS: 6,
  PAID_16_OR_MORE_HOURS: 4,
  UNKNOWN: 13,
};

interface PathwayDates {
  readonly received: IsoDate;
  readonly assessmentStart: IsoDate;
  readonly assessmentCompleted: IsoDate | null;
}

function pathwayDates(
  random: Random,
  stage: AssessmentStage,
  planStart: IsoDate | null,
  asOf: IsoDate,
): PathwayDates {
  if (planStart) {
    const assessmentCompleted = addDays(planStart, -random.int(10, 40));
    const assessmentStart = addDays(assessmentCompleted, -random.int(2, 35));
    return {
      received: addDays(assessmentStart, -random.int(1, 21)),
      assessmentStart,
      assessmentCompleted,
    };
  }
  const received = addDays(
    asOf,
    -(stage === 'IN_PROGRESS' ? random.int(14, 150) : random.int(60, 400)),
  );
  const assessmentStart = addDays(received, random.int(1, 14));
  return {
    received,
    assessmentStart,
    assessmentCompleted:
      stage === 'IN_PROGRESS' ? null : addDays(assessmentStart, random.int(2, 30)),
  };
}

/** Who signs off a budget at `level` (I-5): a qualified key worker, their team manager, or the head of service. */
function signerFor(staff: CouncilStaff, keyWorker: StaffRow, level: ApprovalLevel): StaffRow {
  if (level === 'TEAM' && isQualified(keyWorker)) return keyWorker;
  if (level === 'TEAM' || level === 'MANAGER') return supervisorOf(staff, keyWorker);
  return staff.headOfService;
}

function personRow(
  random: Random,
  person: SyntheticPerson,
  context: {
    asOf: IsoDate;
    capacityAssessedOn: IsoDate;
    fundingStatus: ClientFundingStatus;
    received: IsoDate;
  },
) {
  const older = ageOn(person.birthDate, context.asOf) >= 65;
  const reason = person.primarySupportReason;
  return {
    ...person,
    deathDate: null,
    capacityAssessedOn:
      person.mentalCapacityForDp === 'NOT_ASSESSED' ? null : context.capacityAssessedOn,
    employmentStatus: older
      ? 'NOT_IN_PAID_EMPLOYMENT_NOT_SEEKING_OR_RETIRED'
      : random.weighted(WORKING_AGE_EMPLOYMENT as Record<EmploymentStatus, number>),
    hasUnpaidCarer: random.chance(0.55),
    autism: random.chance(reason === 'LEARNING_DISABILITY' ? 0.3 : 0.01),
    dementia: random.chance(reason === 'MEMORY_AND_COGNITION' ? 0.8 : older ? 0.05 : 0),
    visualImpairment:
      reason === 'SENSORY_VISUAL' || reason === 'SENSORY_DUAL' || random.chance(0.03),
    hearingImpairment:
      reason === 'SENSORY_HEARING' || reason === 'SENSORY_DUAL' || random.chance(0.04),
    clientFundingStatus: context.fundingStatus,
    // CLD GP_Practice_Code/Name are optional; social care records often lack them
    gpPracticeCode: null,
    gpPracticeName: null,
    dpExcluded: false,
    createdAt: timestampOn(context.received, 9),
    updatedAt: timestampOn(context.capacityAssessedOn, 16),
  };
}

/**
 * Why an agreed budget differs from the indicative amount, as a council records it (KM v
 * Cambridgeshire CC): null when the two are equal.
 */
function indicativeDifferenceReasons(
  random: Random,
  annualTotalPence: number,
  indicativeAnnualPence: number,
): string | null {
  if (annualTotalPence === indicativeAnnualPence) return null;
  return annualTotalPence > indicativeAnnualPence
    ? random.pick([
        'Costed support plan needs more hours than the RAS allows for night-time needs.',
        'Local market rate for the agreed provider is above the RAS price per point.',
        'Two-to-one support needed for moving and handling; not scored by the questionnaire.',
      ])
    : random.pick([
        'Universal and community services meet part of the need at no cost.',
        'Person chose fewer hours; outcomes met by the informal support recorded in the plan.',
        'Assistive technology meets part of the need identified in the assessment.',
      ]);
}

/** Budget versions with their plans, agreements and the money through the accounts. */
function generateFundedSupport(
  random: Random,
  setup: CouncilSetup,
  person: SyntheticPerson,
  context: {
    budgets: readonly SyntheticBudget[];
    keyWorker: StaffRow;
    indicativeBudgetId: string;
    indicativeAnnualPence: number;
    unableToAchieve: readonly EligibilityOutcome[];
    profile: Omit<SupportProfile, 'employsPersonalAssistants'>;
    safeguarding: SafeguardingDraw | null;
    asOf: IsoDate;
  },
  rows: RowBatch,
) {
  const { staff, policy, organisations } = setup;
  const { budgets, keyWorker, asOf } = context;
  const isfProvider = random.pick(organisations.isfProviders);
  const firstDp = budgets.find((budget) =>
    budget.deployments.some((deployment) => deployment.mode === 'DIRECT_PAYMENT'),
  );
  const arrangement = firstDp
    ? drawDirectPaymentArrangement(random, person, policy, addDays(firstDp.effectiveFrom, -21))
    : null;
  if (arrangement?.representative) rows.add('representative', arrangement.representative);
  const profile: SupportProfile = {
    ...context.profile,
    employsPersonalAssistants: arrangement?.employsPersonalAssistants ?? false,
  };
  const plans: GeneratedPlan[] = [];
  const agreements: AgreementRow[] = [];
  let fundingStatus: ClientFundingStatus = 'UNKNOWN_INDIVIDUAL_LEVEL';
  let previousBudgetId: string | null = null;
  for (const budget of budgets) {
    const weeklyContribution = budget.annualPersonContributionPence / 52;
    const means = generateFinancialAssessment(random, {
      councilId: person.councilId,
      personId: person.id,
      policy,
      pensionAge: ageOn(person.birthDate, budget.effectiveFrom) >= 66,
      weeklyContributionPence: weeklyContribution,
      completed: addDays(budget.effectiveFrom, -random.int(1, 10)),
      effectiveFrom: budget.effectiveFrom,
    });
    rows.add('financialAssessment', means);
    fundingStatus = means.resultingFundingStatus as ClientFundingStatus;
    const level = requiredApprovalLevel(budget.annualTotalPence, policy.approvalLimitsAnnualPence);
    const signer = signerFor(staff, keyWorker, level);
    const plan = generatePlan(random, {
      setup,
      personId: person.id,
      budget,
      supersedesId: plans.at(-1)?.row.id ?? null,
      unableToAchieve: context.unableToAchieve,
      preparedBy: keyWorker,
      approvedBy: signer,
      profile,
      isfProvider,
    });
    plans.push(plan);
    const { deployments, ...amounts } = budget;
    rows.add('personalBudget', {
      ...amounts,
      planId: plan.row.id,
      indicativeBudgetId: context.indicativeBudgetId,
      indicativeDifferenceReasons: indicativeDifferenceReasons(
        random,
        budget.annualTotalPence,
        context.indicativeAnnualPence,
      ),
      supersedesId: previousBudgetId,
      approvalLevel: level,
      signedOffById: signer.id,
      signedOffAt: plan.row.approvedAt,
      withdrawalReason: null,
      createdAt: plan.row.submittedAt ?? timestampOn(budget.effectiveFrom),
    });
    previousBudgetId = budget.id;
    for (const deployment of deployments) {
      rows.add('budgetDeployment', {
        id: deployment.id,
        councilId: person.councilId,
        budgetId: budget.id,
        mode: deployment.mode,
        annualAmountPence: deployment.annualAmountPence,
        managedByOrganisationId:
          deployment.mode === 'ISF'
            ? isfProvider.id
            : deployment.mode === 'DIRECT_PAYMENT' && arrangement?.accountType === 'MANAGED_ACCOUNT'
              ? organisations.dpSupportService.id
              : null,
      });
      if (deployment.mode !== 'DIRECT_PAYMENT' || !arrangement) continue;
      const concern = context.safeguarding;
      const agreement = generateAgreement(random, {
        councilId: person.councilId,
        personId: person.id,
        deploymentId: deployment.id,
        annualGrossPence: deployment.annualAmountPence,
        weeklyPersonContributionPence: weeklyContribution,
        start: budget.effectiveFrom,
        end: budget.effectiveTo,
        contingencyWeeksHundredths: policy.contingencyWeeksHundredths,
        arrangement,
        suspendedFrom:
          budget.effectiveTo === null && concern?.affectsDirectPayment && concern.closed === null
            ? concern.raised
            : null,
        asOf,
      });
      rows.add('directPaymentAgreement', agreement.row);
      for (const payment of agreement.payments) rows.add('directPayment', payment);
      agreements.push(agreement.row);
      const dpLines = plan.lines.filter((line) => line.deploymentMode === 'DIRECT_PAYMENT');
      generateAccountActivity(
        random,
        {
          councilName: setup.council.name,
          agreement: agreement.row,
          payments: agreement.payments,
          lines: dpLines,
          arrangement,
          auditors: staff.auditors,
          asOf,
        },
        rows,
      );
      const paLine = dpLines.find((line) => line.recipe.spend?.category === 'PA_WAGES');
      if (paLine) {
        for (const employment of generatePaEmployments(
          random,
          agreement.row,
          paLine.unitCostPence,
          asOf,
        )) {
          rows.add('paEmployment', employment);
        }
      }
    }
  }
  const overdue = random.chance(OVERDUE_REVIEW);
  for (const plan of plans) {
    plan.row.nextReviewDueDate = generatePlanReviews(
      random,
      {
        plan: plan.row,
        reviewer: keyWorker,
        involvement: context.profile.carer ? 'CARER_ONLY' : 'SERVICE_USER_AND_CARER',
        agreements,
        overdue,
        asOf,
      },
      rows,
    );
    rows.add('supportPlan', plan.row);
    for (const line of plan.lines) rows.add('supportPlanLine', line.row);
  }
  const firstAgreement = agreements[0];
  if (firstAgreement) {
    rows.add('allocation', {
      id: random.uuid(),
      councilId: person.councilId,
      staffId: random.pick(staff.dpOfficers).id,
      personId: person.id,
      role: 'DP_OFFICER',
      complexity: 'LOW',
      fromDate: firstAgreement.startDate,
      toDate: agreements.at(-1)?.endDate ?? null,
    });
  }
  return { fundingStatus, agreements, currentPlanId: plans.at(-1)?.row.id ?? null };
}

/**
 * One person's whole lifecycle, as of `asOf`: the request, the long-term assessment (in
 * progress, not eligible, or eligible), the allocation to a worker, and for eligible people the
 * indicative budget, means tests, plan and budget versions, direct payments with their account,
 * reviews and any safeguarding concern. Every row goes into `rows`.
 */
export function generatePersonCase(
  random: Random,
  setup: CouncilSetup,
  sequence: number,
  nhsSerial: number,
  asOf: IsoDate,
  rows: RowBatch,
): void {
  const person = generatePerson(random, setup.council, sequence, nhsSerial, asOf);
  const budgets = generateBudgets(random, person, asOf);
  const first = budgets[0] ?? null;
  const current = budgets.at(-1) ?? null;
  const hasDp = budgets.some((budget) =>
    budget.deployments.some((deployment) => deployment.mode === 'DIRECT_PAYMENT'),
  );
  const older = ageOn(person.birthDate, asOf) >= 65;
  const complexity = drawComplexity(random, person);
  const stage: AssessmentStage = first
    ? 'ELIGIBLE'
    : random.chance(STILL_ASSESSING)
      ? 'IN_PROGRESS'
      : 'NOT_ELIGIBLE';
  const dates = pathwayDates(random, stage, first?.effectiveFrom ?? null, asOf);
  const safeguarding = random.chance(SAFEGUARDING_SHARE)
    ? drawSafeguarding(random, current?.effectiveFrom ?? dates.received, asOf, hasDp)
    : null;
  const keyWorker = chooseCaseworker(
    random,
    setup.staff,
    complexity === 'HIGH' || safeguarding !== null,
  );
  const countersigner =
    complexity === 'HIGH' && !isQualified(keyWorker) && random.chance(0.5)
      ? supervisorOf(setup.staff, keyWorker)
      : null;
  const request = generateRequest(
    random,
    person,
    { received: dates.received, closed: dates.assessmentStart },
    { older, mayBeInPrison: first !== null && !hasDp },
  );
  rows.add('request', request);
  const assessment = generateAssessment(random, person, {
    requestId: request.id,
    stage,
    start: dates.assessmentStart,
    completed: dates.assessmentCompleted,
    complexity,
    assessor: keyWorker,
    countersigner,
  });
  rows.add('assessment', assessment.row);
  rows.add('allocation', {
    id: random.uuid(),
    councilId: person.councilId,
    staffId: keyWorker.id,
    personId: person.id,
    role: 'KEY_WORKER',
    complexity,
    fromDate: dates.assessmentStart,
    toDate:
      stage === 'NOT_ELIGIBLE' && dates.assessmentCompleted
        ? minDate(asOf, addDays(dates.assessmentCompleted, random.int(0, 14)))
        : null,
  });
  let fundingStatus: ClientFundingStatus = 'UNKNOWN_INDIVIDUAL_LEVEL';
  let agreements: readonly AgreementRow[] = [];
  let currentPlanId: string | null = null;
  if (first && dates.assessmentCompleted) {
    const indicative = generateIndicativeBudget(random, {
      councilId: person.councilId,
      personId: person.id,
      assessmentId: assessment.row.id,
      unableToAchieve: assessment.unableToAchieve,
      finalWeeklyPence: first.annualTotalPence / 52,
      calculatedOn: dates.assessmentCompleted,
      sharedOn: addDays(dates.assessmentCompleted, random.int(0, 5)),
    });
    rows.add('indicativeBudget', indicative);
    const funded = generateFundedSupport(
      random,
      setup,
      person,
      {
        budgets,
        keyWorker,
        indicativeBudgetId: indicative.id,
        indicativeAnnualPence: indicative.annualAmountPence,
        unableToAchieve: assessment.unableToAchieve,
        profile: {
          carer: person.clientType === 'CARER',
          learningDisabilityWorkingAge:
            person.primarySupportReason === 'LEARNING_DISABILITY' && !older,
          inPrison: request.routeOfAccess === 'PRISON',
          careHome: older && first.annualTotalPence / 52 >= 70_000,
        },
        safeguarding,
        asOf,
      },
      rows,
    );
    ({ fundingStatus, agreements, currentPlanId } = funded);
  }
  if (safeguarding) {
    generateSafeguardingConcern(
      random,
      safeguarding,
      {
        councilId: person.councilId,
        personId: person.id,
        planId: currentPlanId,
        lead: isQualified(keyWorker) ? keyWorker : chooseCaseworker(random, setup.staff, true),
        agreement: agreementOn(agreements, safeguarding.raised),
        policy: setup.policy,
        asOf,
      },
      rows,
    );
  }
  rows.add(
    'person',
    personRow(random, person, {
      asOf,
      capacityAssessedOn: dates.assessmentCompleted ?? dates.assessmentStart,
      fundingStatus,
      received: dates.received,
    }),
  );
}
