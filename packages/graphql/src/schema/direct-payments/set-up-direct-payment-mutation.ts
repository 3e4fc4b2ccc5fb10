import { ContributionFrequency } from '@openpb/domain/code-lists/contribution-frequency';
import { DpAccountType } from '@openpb/domain/code-lists/dp-account-type';
import { DpLegalBasis } from '@openpb/domain/code-lists/dp-legal-basis';
import type { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { PaymentBasis } from '@openpb/domain/code-lists/payment-basis';
import { PaymentFrequency } from '@openpb/domain/code-lists/payment-frequency';
import type { PersonalBudgetStatus } from '@openpb/domain/code-lists/personal-budget-status';
import { RecipientType } from '@openpb/domain/code-lists/recipient-type';
import type { ServiceComponent } from '@openpb/domain/code-lists/service-component';
import type { ServiceType } from '@openpb/domain/code-lists/service-type';
import { hundredthsFromDecimal, weeklyFromAnnualPence } from '@openpb/domain/cost-frequency';
import { directPaymentAgreementInputSchema } from '@openpb/domain/entities/direct-payment-agreement';
import { personalBudgetTransition } from '@openpb/domain/lifecycle/personal-budget-lifecycle';
import { checkDirectPaymentEligibility } from '@openpb/domain/rules/direct-payment-eligibility';
import { checkPrisonDirectPayment } from '@openpb/domain/rules/prison-direct-payment';
import { firstDpReviewDueDate } from '@openpb/domain/rules/review-due-dates';
import { type RuleViolation, violation } from '@openpb/domain/rules/rule-violation';
import { checkServiceEndsByDeath } from '@openpb/domain/rules/services-end-by-death';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { annualDirectPaymentAmounts } from './agreement-amounts.ts';
import { DirectPaymentAgreementRef } from './direct-payment-agreement.ts';
import { idOfType } from './direct-payment-rows.ts';
import { maskedAccountRef } from './masked-account-ref.ts';

const SetUpDirectPaymentInput = builder.inputType('SetUpDirectPaymentInput', {
  fields: (t) => ({
    deploymentId: t.id({
      description: 'The DIRECT_PAYMENT deployment of a signed-off personal budget.',
    }),
    recipientType: t.field({ type: codeEnum(RecipientType) }),
    representativeId: t.id({
      required: false,
      description: 'The nominated (s31) or authorised (s32) person who receives the payment.',
    }),
    legalBasis: t.field({
      type: codeEnum(DpLegalBasis),
      description: 'S31 for an adult with capacity, S32 for one who lacks it (I-7).',
    }),
    accountType: t.field({
      type: codeEnum(DpAccountType),
      description: 'A card is offered, never forced.',
    }),
    cardProviderOrganisationId: t.id({
      required: false,
      description: 'The card provider, for a PREPAID_CARD account.',
    }),
    accountRef: t.string({
      description: 'The account or card reference; only its last four characters are kept.',
    }),
    paymentBasis: t.field({
      type: codeEnum(PaymentBasis),
      required: false,
      description: 'NET deducts the contribution from each payment (I-9). Default: council policy.',
    }),
    paymentFrequency: t.field({
      type: codeEnum(PaymentFrequency),
      required: false,
      description: 'Default: council policy.',
    }),
    contributionFrequency: t.field({ type: codeEnum(ContributionFrequency) }),
    contingencyWeeks: t.float({
      required: false,
      description:
        'Weeks of net payment the person may hold (two decimals). Default: council policy.',
    }),
    signedDate: t.field({ type: 'Date' }),
    startDate: t.field({ type: 'Date' }),
    endDate: t.field({ type: 'Date', required: false }),
  }),
});

const REPRESENTATIVE_ROLE_OF_RECIPIENT = {
  NOMINATED_PERSON: 'NOMINATED_PERSON',
  AUTHORISED_PERSON: 'AUTHORISED_PERSON',
} as const;

/** The representative must be the person's nominated or authorised person as the recipient says. */
function checkRepresentativeRole(
  recipientType: RecipientType,
  representativeRole: string | null,
): readonly RuleViolation[] {
  const wanted = recipientType === 'SELF' ? null : REPRESENTATIVE_ROLE_OF_RECIPIENT[recipientType];
  if (wanted === representativeRole) return [];
  return [
    violation(
      'DP_RECIPIENT_MISMATCH',
      wanted === null
        ? 'A payment to the adult has no representative recipient.'
        : `The representative must be the adult’s ${wanted === 'NOMINATED_PERSON' ? 'nominated' : 'authorised'} person.`,
      ['representativeId'],
    ),
  ];
}

builder.mutationField('setUpDirectPayment', (t) =>
  t.field({
    type: DirectPaymentAgreementRef,
    description:
      'Sets up the direct payment agreement for the DIRECT_PAYMENT part of a signed-off personal budget, checking eligibility (I-7), prison (I-15), that it neither starts after nor runs past the person’s death (I-13), and scheduling the first direct payment review within 6 months (I-10). Nothing is written on failure.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: SetUpDirectPaymentInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Conflict, Forbidden],
      dataField: { name: 'agreement' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'setUpDirectPayment', async (tx, events) => {
        events.fromResult('direct_payment.set_up');
        await actingStaff(tx, context);
        const deployment = await tx.budgetDeployment.findFirst({
          where: tenantRowWhere(idOfType(input.deploymentId, 'BudgetDeployment'), councilId),
          include: {
            budget: {
              include: { person: true, plan: { include: { lines: true } } },
            },
          },
        });
        if (!deployment) throw new NotFound('budget deployment', ['input', 'deploymentId']);
        const { budget } = deployment;
        const policy = await councilPolicyOn(tx, councilId, input.startDate);
        const agreement = parseInput(directPaymentAgreementInputSchema, {
          ...input,
          personId: budget.personId,
          deploymentId: deployment.id,
          recipientRepresentativeId: input.representativeId,
          paymentBasis: input.paymentBasis ?? policy.defaultPaymentBasis,
          paymentFrequency: input.paymentFrequency ?? policy.defaultPaymentFrequency,
          contingencyAllowanceWeeksHundredths:
            input.contingencyWeeks == null
              ? policy.contingencyWeeksHundredths
              : contingencyHundredths(input.contingencyWeeks),
          firstReviewDueDate: firstDpReviewDueDate(input.startDate),
        });
        if (deployment.mode !== 'DIRECT_PAYMENT') {
          throw new InvalidState('This deployment is not a direct payment', [
            'input',
            'deploymentId',
          ]);
        }
        allowedOrInvalidState(
          personalBudgetTransition(budget.status as PersonalBudgetStatus, 'DEPLOY'),
          ['input', 'deploymentId'],
        );
        const representative = input.representativeId
          ? await tx.representative.findFirst({
              where: {
                ...tenantRowWhere(idOfType(input.representativeId, 'Representative'), councilId),
                personId: budget.personId,
              },
            })
          : null;
        if (input.representativeId && !representative) {
          throw new NotFound('representative', ['input', 'representativeId']);
        }
        if (input.cardProviderOrganisationId) {
          const provider = await tx.organisation.findUnique({
            where: { id: idOfType(input.cardProviderOrganisationId, 'Organisation') },
            select: { id: true },
          });
          if (!provider)
            throw new NotFound('organisation', ['input', 'cardProviderOrganisationId']);
        }
        enforce([
          ...checkDirectPaymentEligibility({
            legalBasis: agreement.legalBasis,
            recipientType: agreement.recipientType,
            mentalCapacityForDp: budget.person.mentalCapacityForDp as MentalCapacityForDp,
            criminalJusticeExclusion: budget.person.dpExcluded,
          }),
          ...checkRepresentativeRole(agreement.recipientType, representative?.role ?? null),
          ...checkServiceEndsByDeath(
            agreement,
            budget.person.deathDate ? fromDbDate(budget.person.deathDate) : null,
          ),
        ]);
        const prisonProblems = (budget.plan?.lines ?? []).flatMap((line) =>
          checkPrisonDirectPayment({
            serviceType: line.serviceType as ServiceType,
            serviceComponent: line.serviceComponent as ServiceComponent,
            deliveryMechanism: 'DIRECT_PAYMENT',
          }).map((problem) => ({ ...problem, path: [] })),
        );
        enforce(prisonProblems, ['input', 'deploymentId']);
        const existing = await tx.directPaymentAgreement.count({
          where: { councilId, deploymentId: deployment.id, status: { not: 'TERMINATED' } },
        });
        if (existing > 0) {
          throw new Conflict(
            'DUPLICATE',
            'This deployment already has a direct payment agreement',
            ['input', 'deploymentId'],
          );
        }
        const annual = annualDirectPaymentAmounts(deployment, budget);
        const created = await tx.directPaymentAgreement.create({
          data: {
            councilId,
            personId: budget.personId,
            deploymentId: deployment.id,
            recipientType: agreement.recipientType,
            representativeId: representative?.id ?? null,
            legalBasis: agreement.legalBasis,
            accountType: agreement.accountType,
            accountRef: maskedAccountRef(input.accountRef),
            paymentBasis: agreement.paymentBasis,
            paymentFrequency: agreement.paymentFrequency,
            contributionFrequency: input.contributionFrequency,
            contingencyWeeksHundredths: agreement.contingencyAllowanceWeeksHundredths,
            weeklyGrossPence: weeklyFromAnnualPence(annual.annualGrossPence),
            weeklyContributionPence: weeklyFromAnnualPence(annual.annualContributionPence),
            signedDate: toDbDate(input.signedDate),
            startDate: toDbDate(agreement.startDate),
            endDate: toDbDateOrNull(agreement.endDate),
            status: 'ACTIVE',
            firstReviewDueDate: toDbDate(agreement.firstReviewDueDate),
          },
        });
        await tx.review.create({
          data: {
            councilId,
            personId: budget.personId,
            agreementId: created.id,
            reason: 'PLANNED',
            isDirectPaymentReview: true,
            dueDate: created.firstReviewDueDate,
          },
        });
        return created;
      });
    },
  }),
);

/** Weeks with at most two decimals as hundredths; anything else is a validation failure. */
function contingencyHundredths(weeks: number): number {
  try {
    return hundredthsFromDecimal(weeks);
  } catch {
    throw new ValidationFailed([
      {
        path: ['contingencyWeeks'],
        message: 'Weeks must be ≥ 0 with at most two decimal places',
        code: 'INVALID_FORMAT',
      },
    ]);
  }
}
