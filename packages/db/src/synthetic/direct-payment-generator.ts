import { FamilyPaymentReason } from '@openpb/domain/code-lists/family-payment-reason';
import { FamilyRelationship } from '@openpb/domain/code-lists/family-relationship';
import { addDays, addYears, type IsoDate, isAfter, minDate } from '@openpb/domain/dates';
import { directPaymentSchedule } from '@openpb/domain/direct-payment-schedule';
import { firstDpReviewDueDate } from '@openpb/domain/rules/review-due-dates';
import type { DirectPaymentArrangement } from './direct-payment-arrangement.ts';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

export type AgreementRow = TableRows['directPaymentAgreement'];
export type DirectPaymentRow = TableRows['directPayment'];
export type PaEmploymentRow = TableRows['paEmployment'];

export interface GeneratedAgreement {
  readonly row: AgreementRow;
  /** In schedule order; the year's payments sum exactly to the annual amounts (I-9). */
  readonly payments: readonly DirectPaymentRow[];
}

/**
 * A direct payment agreement for a budget version's direct payment deployment, and its payments
 * from the start: the domain's yearly schedule (13 four-weekly or 12 monthly payments, net of the
 * contribution on a NET basis), paid up to the as-of date, the next one scheduled (or held while
 * the agreement is suspended). An agreement replaced by a new budget version ends with it.
 */
export function generateAgreement(
  random: Random,
  context: {
    councilId: string;
    personId: string;
    deploymentId: string;
    annualGrossPence: number;
    weeklyPersonContributionPence: number;
    start: IsoDate;
    end: IsoDate | null;
    contingencyWeeksHundredths: number;
    arrangement: DirectPaymentArrangement;
    suspendedFrom: IsoDate | null;
    asOf: IsoDate;
  },
): GeneratedAgreement {
  const { arrangement } = context;
  const agreementId = random.uuid();
  const weeklyGross = context.annualGrossPence / 52;
  const weeklyContribution = Math.min(context.weeklyPersonContributionPence, weeklyGross);
  const signed = addDays(context.start, -random.int(2, 21));
  const lastPeriodStart = context.end ?? addDays(context.asOf, 28);
  const payments: DirectPaymentRow[] = [];
  let yearStart = context.start;
  while (!isAfter(yearStart, lastPeriodStart)) {
    const year = directPaymentSchedule({
      annualGrossPence: context.annualGrossPence,
      annualContributionPence: weeklyContribution * 52,
      paymentBasis: arrangement.paymentBasis,
      paymentFrequency: arrangement.paymentFrequency,
      firstPeriodStart: yearStart,
    });
    for (const payment of year) {
      if (isAfter(payment.periodStart, lastPeriodStart)) break;
      const held =
        context.suspendedFrom !== null && !isAfter(context.suspendedFrom, payment.dueDate);
      const paid = !held && !isAfter(payment.dueDate, context.asOf);
      payments.push({
        id: random.uuid(),
        councilId: context.councilId,
        agreementId,
        kind: 'REGULAR',
        sequence: payments.length + 1,
        periodStart: payment.periodStart,
        periodEnd: payment.periodEnd,
        grossAmountPence: payment.grossAmountPence,
        contributionDeductedPence: payment.contributionDeductedPence,
        netAmountPence: payment.netAmountPence,
        dueDate: payment.dueDate,
        paidDate: paid ? payment.dueDate : null,
        status: paid ? 'PAID' : held ? 'HELD' : 'SCHEDULED',
      });
    }
    const last = year.at(-1);
    if (!last) break;
    yearStart = addDays(last.periodEnd, 1);
  }
  const current = context.end === null;
  const row: AgreementRow = {
    id: agreementId,
    councilId: context.councilId,
    personId: context.personId,
    deploymentId: context.deploymentId,
    recipientType: arrangement.recipientType,
    representativeId: arrangement.representative?.id ?? null,
    legalBasis: arrangement.legalBasis,
    accountType: arrangement.accountType,
    accountRef: arrangement.accountRef,
    paymentBasis: arrangement.paymentBasis,
    paymentFrequency: arrangement.paymentFrequency,
    contributionFrequency: arrangement.paymentFrequency === 'MONTHLY' ? 'MONTHLY' : 'FOUR_WEEKLY',
    contingencyWeeksHundredths: context.contingencyWeeksHundredths,
    weeklyGrossPence: weeklyGross,
    weeklyContributionPence: weeklyContribution,
    signedDate: signed,
    startDate: context.start,
    endDate: context.end,
    status: !current ? 'TERMINATED' : context.suspendedFrom ? 'SUSPENDED' : 'ACTIVE',
    terminationReason: null,
    firstReviewDueDate: addDays(firstDpReviewDueDate(context.start), -random.int(0, 60)),
    createdAt: timestampOn(signed, 11),
  };
  return { row, payments };
}

/** Relationships that need the council's approval to be paid wherever the relative lives (I-8). */
const ALWAYS_NEEDS_APPROVAL = ['SPOUSE_OR_CIVIL_PARTNER', 'COHABITEE'];

/**
 * Personal assistants employed through the direct payment, with the employer's checks; a few
 * are relatives, approved by the council where the regulations require it (I-8).
 */
export function generatePaEmployments(
  random: Random,
  agreement: AgreementRow,
  hourlyRatePence: number,
  asOf: IsoDate,
): PaEmploymentRow[] {
  return Array.from({ length: random.chance(0.35) ? 2 : 1 }, () => {
    const family = random.chance(0.12);
    const relationship = family ? random.pick(FamilyRelationship.codes) : null;
    const sameHousehold = family && random.chance(0.4);
    const needsApproval =
      relationship !== null && (ALWAYS_NEEDS_APPROVAL.includes(relationship) || sameHousehold);
    const started = agreement.startDate;
    const insured = random.chance(0.92);
    return {
      id: random.uuid(),
      councilId: agreement.councilId,
      agreementId: agreement.id,
      workerRef: `PA-${random.int(100_000, 999_999)}`,
      employmentType: random.chance(0.85) ? 'EMPLOYED' : 'SELF_EMPLOYED',
      isFamilyMember: family,
      familyRelationship: relationship,
      livesInSameHousehold: sameHousehold,
      familyPaymentApprovedOn: needsApproval ? addDays(started, -random.int(1, 14)) : null,
      familyPaymentJustification: needsApproval ? random.pick(FamilyPaymentReason.codes) : null,
      rightToWorkCheckedOn: addDays(started, -random.int(3, 30)),
      dbsCheckedOn: random.chance(0.9) ? addDays(started, -random.int(7, 60)) : null,
      contractIssuedOn: random.chance(0.95) ? addDays(started, -random.int(0, 7)) : null,
      employersLiabilityExpiry: insured
        ? minDate(addYears(asOf, 1), addYears(started, random.int(1, 4)))
        : null,
      pensionEnrolled: random.chance(0.7),
      hourlyRatePence,
      contingencyPlanOnFile: random.chance(0.8),
    };
  });
}
