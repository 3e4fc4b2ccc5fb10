import type { ApprovalLevel } from '@openpb/domain/code-lists/approval-level';
import type { CostFrequency } from '@openpb/domain/code-lists/cost-frequency';
import type { DeliveryMechanism } from '@openpb/domain/code-lists/delivery-mechanism';
import type { DpLegalBasis } from '@openpb/domain/code-lists/dp-legal-basis';
import type { FamilyPaymentReason } from '@openpb/domain/code-lists/family-payment-reason';
import type { FamilyRelationship } from '@openpb/domain/code-lists/family-relationship';
import type { FundingSource } from '@openpb/domain/code-lists/funding-source';
import type { LedgerEntryKind } from '@openpb/domain/code-lists/ledger-entry-kind';
import type { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import type { PaymentBasis } from '@openpb/domain/code-lists/payment-basis';
import type { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import type { RecipientType } from '@openpb/domain/code-lists/recipient-type';
import type { RecoveryMethod } from '@openpb/domain/code-lists/recovery-method';
import type { RecoveryReason } from '@openpb/domain/code-lists/recovery-reason';
import type { ReviewOutcomesAchieved } from '@openpb/domain/code-lists/review-outcomes-achieved';
import type { ReviewReason } from '@openpb/domain/code-lists/review-reason';
import type { ServiceComponent } from '@openpb/domain/code-lists/service-component';
import type { ServiceType } from '@openpb/domain/code-lists/service-type';
import { weeklyCostPence } from '@openpb/domain/cost-frequency';
import { isAfter } from '@openpb/domain/dates';
import { caringOn } from '@openpb/domain/entities/carer-link';
import { type LaPolicy, laPolicyInputSchema } from '@openpb/domain/entities/council-policy';
import { PAYMENTS_PER_YEAR } from '@openpb/domain/payment-schedule';
import { checkBudgetArithmetic } from '@openpb/domain/rules/budget-arithmetic';
import { checkCldCostCompleteness } from '@openpb/domain/rules/cld-cost-completeness';
import { checkDeployments } from '@openpb/domain/rules/deployments';
import { checkDirectPaymentEligibility } from '@openpb/domain/rules/direct-payment-eligibility';
import { checkEligibility, type EligibilityFacts } from '@openpb/domain/rules/eligibility';
import { checkEventDates } from '@openpb/domain/rules/event-dates';
import { checkFamilyPayment } from '@openpb/domain/rules/family-payment';
import { checkLedgerEntry, closingBalance, runningBalances } from '@openpb/domain/rules/ledger';
import { checkNetPayment } from '@openpb/domain/rules/net-payment';
import { checkPlanSufficiency } from '@openpb/domain/rules/plan-sufficiency';
import { checkPrisonDirectPayment } from '@openpb/domain/rules/prison-direct-payment';
import { checkDpReviewDue, checkFirstReviewDue } from '@openpb/domain/rules/review-due-dates';
import { checkReviewOutcome } from '@openpb/domain/rules/review-outcome';
import { errorsOnly, type RuleViolation } from '@openpb/domain/rules/rule-violation';
import { checkSignOffAuthority } from '@openpb/domain/rules/sign-off-authority';
import {
  checkRecovery,
  contingencyAllowancePence,
  recoverablePence,
} from '@openpb/domain/rules/surplus-recovery';
import { describe, expect, it } from 'vitest';
import { generateCaseloadRows } from './caseload-rows.ts';
import { assessedWeeklyContributionPence } from './financial-assessment-generator.ts';
import { DEFAULT_AS_OF } from './seed.ts';

const rows = generateCaseloadRows({ seed: 3, people: 2_500 }).rows;
const policy: LaPolicy = laPolicyInputSchema.parse(rows.councilPolicy[0]?.policy);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value === null) continue;
    const group = groups.get(value) ?? [];
    group.push(item);
    groups.set(value, group);
  }
  return groups;
}
/** Every violation with what it was found on, so that a failure says where. */
function violationsOf<T>(items: readonly T[], check: (item: T) => readonly RuleViolation[]) {
  return items.flatMap((item) => errorsOnly(check(item)).map((violation) => ({ violation, item })));
}

const people = byId(rows.person);
const staff = byId(rows.staffMember);
const plans = byId(rows.supportPlan);
const linesByPlan = groupBy(rows.supportPlanLine, (line) => line.planId);
const deploymentsByBudget = groupBy(rows.budgetDeployment, (deployment) => deployment.budgetId);
const paymentsByAgreement = groupBy(rows.directPayment, (payment) => payment.agreementId);
const entriesByAgreement = groupBy(rows.accountTransaction, (entry) => entry.agreementId);
const agreements = byId(rows.directPaymentAgreement);
const payments = byId(rows.directPayment);
const audits = byId(rows.directPaymentAudit);

const costedLine = (line: (typeof rows.supportPlanLine)[number]) => ({
  serviceType: line.serviceType as ServiceType,
  serviceComponent: line.serviceComponent as ServiceComponent,
  deliveryMechanism: line.deliveryMechanism as DeliveryMechanism,
  unitCostPence: line.unitCostPence,
  costFrequency: line.costFrequency as CostFrequency,
  plannedUnitsPerWeekHundredths: line.plannedUnitsPerWeekHundredths,
  fundingSource: line.fundingSource as FundingSource,
  status: line.status as PlanLineStatus,
});

describe('every generated case keeps the domain invariants', () => {
  it('generates the whole lifecycle', () => {
    for (const [table, tableRows] of Object.entries(rows)) {
      if (table === 'council' || table === 'councilPolicy') continue;
      expect(tableRows.length, table).toBeGreaterThan(0);
    }
  });

  it('I-1 and I-4: budget arithmetic and deployments are exact', () => {
    expect(violationsOf(rows.personalBudget, checkBudgetArithmetic)).toEqual([]);
    expect(
      violationsOf(rows.personalBudget, (budget) =>
        checkDeployments({
          annualTotalPence: budget.annualTotalPence,
          deployments: (deploymentsByBudget.get(budget.id) ?? []).map((deployment) => ({
            annualAmountPence: deployment.annualAmountPence,
          })),
        }),
      ),
    ).toEqual([]);
  });

  it('I-2: each plan costs exactly its budget, line by line from the domain weekly costs', () => {
    const problems = violationsOf(rows.personalBudget, (budget) => {
      const lines = linesByPlan.get(budget.planId ?? '') ?? [];
      expect(lines.length).toBeGreaterThanOrEqual(budget.status === 'SIGNED_OFF' ? 1 : 0);
      // a superseded plan's lines have ended; its budget is checked as it was when in force
      return checkPlanSufficiency({
        annualTotalPence: budget.annualTotalPence,
        lines: lines.map((line) => ({ ...costedLine(line), status: 'ACTIVE' })),
      });
    });
    expect(problems).toEqual([]);
    for (const line of rows.supportPlanLine) {
      expect(weeklyCostPence(costedLine(line))).toBe(line.weeklyCostPence);
    }
  });

  it('plans have 2–4 outcomes and 3–6 lines (a few very small budgets have fewer), approved when current', () => {
    const counts = rows.supportPlan.map((plan) => (linesByPlan.get(plan.id) ?? []).length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(counts.filter((count) => count >= 3).length / counts.length).toBeGreaterThan(0.97);
    for (const plan of rows.supportPlan) {
      expect((plan.outcomes as unknown[]).length).toBeGreaterThanOrEqual(2);
      expect(['APPROVED', 'SUPERSEDED']).toContain(plan.status);
    }
    for (const budget of rows.personalBudget) {
      expect(plans.get(budget.planId ?? '')?.status).toBe(
        budget.status === 'SIGNED_OFF' ? 'APPROVED' : 'SUPERSEDED',
      );
    }
  });

  it('I-3: eligibility is what the facts determine', () => {
    const determined = rows.assessment.filter((assessment) => assessment.eligibility !== null);
    expect(determined.length).toBeGreaterThan(0);
    expect(
      violationsOf(determined, (assessment) => {
        const facts = assessment.eligibility as EligibilityFacts & { eligible: boolean };
        expect(assessment.eligible).toBe(facts.eligible);
        return checkEligibility(facts);
      }),
    ).toEqual([]);
    expect(determined.some((assessment) => assessment.eligible === false)).toBe(true);
  });

  it('I-5: every budget is signed off by someone whose limit covers it', () => {
    expect(
      violationsOf(rows.personalBudget, (budget) =>
        checkSignOffAuthority(
          {
            annualTotalPence: budget.annualTotalPence,
            approvalLevel: budget.approvalLevel as ApprovalLevel,
            signerApprovalLimitAnnualPence: staff.get(budget.signedOffById ?? '')
              ?.approvalLimitAnnualPence,
          },
          policy.approvalLimitsAnnualPence,
        ),
      ),
    ).toEqual([]);
  });

  it('I-7: the legal basis and recipient fit the adult’s capacity', () => {
    expect(
      violationsOf(rows.directPaymentAgreement, (agreement) => {
        const person = people.get(agreement.personId);
        return checkDirectPaymentEligibility({
          legalBasis: agreement.legalBasis as DpLegalBasis,
          recipientType: agreement.recipientType as RecipientType,
          mentalCapacityForDp: person?.mentalCapacityForDp as MentalCapacityForDp,
          criminalJusticeExclusion: person?.dpExcluded ?? true,
        });
      }),
    ).toEqual([]);
    for (const agreement of rows.directPaymentAgreement) {
      if (agreement.recipientType !== 'SELF') expect(agreement.representativeId).not.toBeNull();
    }
  });

  it('I-8: relatives paid from a direct payment are approved where the regulations require', () => {
    expect(
      violationsOf(rows.paEmployment, (employment) =>
        checkFamilyPayment({
          isFamilyMember: employment.isFamilyMember,
          familyRelationship: employment.familyRelationship as FamilyRelationship | null,
          livesInSameHousehold: employment.livesInSameHousehold,
          familyPaymentApprovedOn: employment.familyPaymentApprovedOn,
          familyPaymentJustification:
            employment.familyPaymentJustification as FamilyPaymentReason | null,
        }),
      ),
    ).toEqual([]);
  });

  it('I-9: each payment is net of the contribution and each year of payments sums to the annual amounts', () => {
    expect(
      violationsOf(rows.directPayment, (payment) =>
        checkNetPayment({
          paymentBasis: agreements.get(payment.agreementId)?.paymentBasis as PaymentBasis,
          grossAmountPence: payment.grossAmountPence,
          contributionDeductedPence: payment.contributionDeductedPence,
          netAmountPence: payment.netAmountPence,
        }),
      ),
    ).toEqual([]);
    let completeYears = 0;
    for (const [agreementId, payments] of paymentsByAgreement) {
      const agreement = agreements.get(agreementId);
      if (!agreement) throw new Error('payment without agreement');
      const perYear =
        PAYMENTS_PER_YEAR[agreement.paymentFrequency as keyof typeof PAYMENTS_PER_YEAR];
      expect(payments.map((payment) => payment.sequence)).toEqual(
        payments.map((_, index) => index + 1),
      );
      for (let start = 0; start + perYear <= payments.length; start += perYear) {
        const year = payments.slice(start, start + perYear);
        const gross = year.reduce((sum, payment) => sum + payment.grossAmountPence, 0);
        const deducted = year.reduce((sum, payment) => sum + payment.contributionDeductedPence, 0);
        expect(gross).toBe(agreement.weeklyGrossPence * 52);
        expect(deducted).toBe(
          agreement.paymentBasis === 'NET' ? agreement.weeklyContributionPence * 52 : 0,
        );
        completeYears += 1;
      }
    }
    expect(completeYears).toBeGreaterThan(0);
  });

  it('I-10: first reviews fall due within 8 weeks of a plan and 6 months of a direct payment', () => {
    expect(violationsOf(rows.supportPlan, checkFirstReviewDue)).toEqual([]);
    expect(violationsOf(rows.directPaymentAgreement, checkDpReviewDue)).toEqual([]);
  });

  it('the ledger: each entry has its direction, the balance never goes below zero, closing = sum of entries', () => {
    const entries = rows.accountTransaction.map((entry) => ({
      ...entry,
      kind: entry.kind as LedgerEntryKind,
    }));
    expect(violationsOf(entries, checkLedgerEntry)).toEqual([]);
    for (const [, ledger] of entriesByAgreement) {
      const typed = ledger.map((entry) => ({ ...entry, kind: entry.kind as LedgerEntryKind }));
      const balances = runningBalances(typed);
      expect(Math.min(...balances.map((line) => line.balancePence))).toBeGreaterThanOrEqual(0);
      expect(balances.at(-1)?.balancePence).toBe(closingBalance(typed));
      expect(closingBalance(typed)).toBe(ledger.reduce((sum, entry) => sum + entry.amountPence, 0));
    }
    for (const entry of rows.accountTransaction) {
      if (entry.kind === 'PAYMENT_IN') {
        const payment = payments.get(entry.paymentId ?? '');
        expect(payment?.status).toBe('PAID');
        expect(entry.amountPence).toBe(payment?.netAmountPence);
      }
    }
  });

  it('I-12: audits follow the surplus arithmetic and recoveries stay within the recoverable amount', () => {
    expect(rows.directPaymentAudit.length).toBeGreaterThan(0);
    for (const audit of rows.directPaymentAudit) {
      const agreement = agreements.get(audit.agreementId);
      if (!agreement) throw new Error('audit without agreement');
      const ledger = (entriesByAgreement.get(audit.agreementId) ?? []).filter(
        (entry) => !isAfter(entry.postedDate, audit.periodEnd),
      );
      expect(audit.closingBalancePence).toBe(
        ledger.reduce((sum, entry) => sum + entry.amountPence, 0),
      );
      expect(audit.closingBalancePence).toBe(
        audit.openingBalancePence +
          audit.paidInLaPence +
          audit.paidInClientPence -
          audit.spentPence,
      );
      const weeklyNet =
        agreement.paymentBasis === 'NET'
          ? agreement.weeklyGrossPence - agreement.weeklyContributionPence
          : agreement.weeklyGrossPence;
      expect(audit.contingencyAllowancePence).toBe(
        contingencyAllowancePence(weeklyNet, agreement.contingencyWeeksHundredths / 100),
      );
      // the surplus is the closing balance less the wages still owed, never below zero
      expect(audit.surplusPence).toBeGreaterThanOrEqual(0);
      expect(audit.surplusPence).toBeLessThanOrEqual(Math.max(0, audit.closingBalancePence));
      expect(audit.recoverablePence).toBe(
        recoverablePence(audit.surplusPence, audit.contingencyAllowancePence),
      );
    }
    expect(rows.recovery.length).toBeGreaterThan(0);
    expect(
      violationsOf(rows.recovery, (recovery) => {
        const settled = rows.accountTransaction.find((entry) => entry.recoveryId === recovery.id);
        if (recovery.status === 'RECOVERED')
          expect(settled?.amountPence).toBe(-recovery.amountPence);
        return checkRecovery({
          reason: recovery.reason as RecoveryReason,
          method: recovery.method as RecoveryMethod,
          amountPence: recovery.amountPence,
          recoverablePence: audits.get(recovery.auditId ?? '')?.recoverablePence ?? 0,
          notifiedDate: recovery.status === 'PROPOSED' ? '2000-01-01' : recovery.notifiedDate,
          recoveryDate: settled?.postedDate ?? null,
        });
      }),
    ).toEqual([]);
  });

  it('I-13: events end after they start and completed ones have an end date', () => {
    const asOf = DEFAULT_AS_OF;
    const events = [
      ...rows.request.map((request) => ({
        eventType: 'REQUEST' as const,
        startDate: request.receivedDate,
        endDate: request.closedDate,
        completed: request.outcome !== null,
      })),
      ...rows.assessment.map((assessment) => ({
        eventType: 'ASSESSMENT' as const,
        startDate: assessment.startDate,
        endDate: assessment.completedDate,
        completed: assessment.outcome !== null,
      })),
      ...rows.supportPlanLine.map((line) => ({
        eventType: 'SERVICE' as const,
        startDate: line.startDate,
        endDate: line.endDate,
      })),
    ];
    expect(violationsOf(events, checkEventDates)).toEqual([]);
    for (const review of rows.review) {
      if (review.completedDate) expect(isAfter(review.completedDate, asOf)).toBe(false);
    }
  });

  it('I-14 and I-15: CLD costs are complete and no direct payment is used in prison', () => {
    const lines = rows.supportPlanLine.map(costedLine);
    expect(violationsOf(lines, checkCldCostCompleteness)).toEqual([]);
    expect(violationsOf(lines, checkPrisonDirectPayment)).toEqual([]);
  });

  it('every unpaid carer is linked to the adults they care for, so the CLD carer fields are filled', () => {
    const people = new Map(rows.person.map((person) => [person.id, person]));
    const carers = rows.person.filter((person) => person.clientType === 'CARER');
    expect(carers.length).toBeGreaterThan(10);
    const adults: number[] = [];
    for (const carer of carers) {
      const links = rows.carerLink.filter((link) => link.carerPersonId === carer.id);
      const caring = caringOn(links, '2026-10-01');
      adults.push(caring.adultsCaredFor);
      expect(caring.adultsCaredFor).toBeGreaterThanOrEqual(1);
      expect(caring.adultsCaredFor).toBeLessThanOrEqual(3);
      expect(caring.hoursCaringPerWeekHundredths ?? 0).toBeGreaterThan(0);
      expect(caring.hoursCaringPerWeekHundredths ?? 0).toBeLessThanOrEqual(16_800);
      for (const id of caring.linkedPersonIds) {
        // Has_Unpaid_Carer agrees with the links (D19)
        expect(people.get(id)).toMatchObject({ clientType: 'SERVICE_USER', hasUnpaidCarer: true });
      }
    }
    // most carers care for one adult
    expect(adults.filter((count) => count === 1).length / adults.length).toBeGreaterThan(0.6);
  });

  it('carer links are drawn deterministically, from a stream of their own', () => {
    const again = generateCaseloadRows({ seed: 3, people: 2_500 }).rows;
    expect(again.carerLink).toEqual(rows.carerLink);
    expect(again.person).toEqual(rows.person);
  });

  it('I-16: every completed planned review records whether the outcomes were met', () => {
    expect(
      violationsOf(rows.review, (review) =>
        checkReviewOutcome({
          reason: review.reason as ReviewReason,
          outcomesAchieved: review.outcomesAchieved as ReviewOutcomesAchieved | null,
          completedDate: review.completedDate,
        }),
      ),
    ).toEqual([]);
  });

  it('the means test gives exactly the contribution in each budget version', () => {
    const lowerLimit = policy.capitalLimits[0]?.value.lowerPence ?? 0;
    const assessments = groupBy(rows.financialAssessment, (assessment) => assessment.personId);
    for (const budget of rows.personalBudget) {
      const means = (assessments.get(budget.personId) ?? []).find(
        (assessment) => assessment.effectiveFrom === budget.effectiveFrom,
      );
      if (!means) throw new Error('budget without a means test');
      expect(means.assessedWeeklyContributionPence * 52).toBe(budget.annualPersonContributionPence);
      expect(assessedWeeklyContributionPence({ ...means, lowerLimitPence: lowerLimit })).toBe(
        means.assessedWeeklyContributionPence,
      );
    }
  });
});
