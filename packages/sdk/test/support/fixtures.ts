import type {
  DirectPaymentAgreement,
  PersonalBudget,
  PersonSummary,
  SupportPlan,
} from '../../src/models.ts';

export function personFixture(index: number): PersonSummary {
  return {
    id: `UGVyc29uOj${index}`,
    laPersonId: `P-${index}`,
    nhsNumber: null,
    givenName: 'Ada',
    familyName: `Person ${index}`,
    birthDate: '1950-01-01',
    deathDate: null,
    gender: 'FEMALE',
    ethnicity: 'WHITE_BRITISH',
    postcode: 'EM1 1AA',
    clientType: 'SERVICE_USER',
    primarySupportReason: 'MENTAL_HEALTH',
    accommodationStatus: 'OWNER_OCCUPIER',
    mentalCapacityForDp: 'CAPACITY_PRESENT',
  };
}

export function budgetFixture(index: number): PersonalBudget {
  return {
    id: `QnVkZ2V0Oj${index}`,
    version: 1,
    status: 'SIGNED_OFF',
    annualTotalPence: 1_040_000,
    annualLaContributionPence: 940_000,
    annualPersonContributionPence: 100_000,
    weeklyTotalPence: 20_000,
    effectiveFrom: '2026-04-01',
    effectiveTo: null,
    deployments: [
      { mode: 'DIRECT_PAYMENT', deliveryMechanism: 'DIRECT_PAYMENT', annualAmountPence: 1_040_000 },
    ],
  };
}

/** A `people` connection page as the API sends it. */
export function peoplePage(from: number, count: number, hasNextPage: boolean) {
  const nodes = Array.from({ length: count }, (_, offset) => personFixture(from + offset));
  return {
    people: {
      pageInfo: { hasNextPage, endCursor: count > 0 ? `cursor-${from + count - 1}` : null },
      edges: nodes.map((node) => ({ node })),
    },
  };
}

export function supportPlanFixture(
  version: number,
  status: SupportPlan['status'] = 'APPROVED',
): SupportPlan {
  return {
    id: `U3VwcG9ydFBsYW46${version}`,
    version,
    status,
    startDate: '2026-04-01',
    endDate: null,
    approvedAt: status === 'APPROVED' ? '2026-03-20T10:00:00.000Z' : null,
    nextReviewDueDate: '2026-05-27',
    outcomes: [
      {
        description: 'Get out to the allotment twice a week',
        eligibilityOutcome: null,
        target: null,
      },
    ],
    lines: [
      {
        position: 1,
        description: 'Personal assistant, mornings',
        serviceType: 'LT_COMMUNITY',
        serviceComponent: 'DIRECT_PAYMENT',
        deliveryMechanism: 'DIRECT_PAYMENT',
        fundingSource: 'LA',
        costFrequency: 'WEEKLY',
        unitCostPence: 1_500,
        plannedUnitsPerWeekHundredths: 1_000,
        weeklyCostPence: 15_000,
        annualCostPence: 780_000,
        startDate: '2026-04-01',
        endDate: null,
        status: 'ACTIVE',
      },
    ],
    costs: {
      weeklyCostPence: 15_000,
      annualCostPence: 780_000,
      annualBudgetPence: 1_040_000,
      annualDifferencePence: 260_000,
    },
  };
}

export function agreementFixture(index: number): DirectPaymentAgreement {
  return {
    id: `RGlyZWN0UGF5bWVudEFncmVlbWVudDo${index}`,
    status: 'ACTIVE',
    startDate: '2026-04-01',
    endDate: null,
    recipientType: 'SELF',
    accountType: 'DEDICATED_BANK_ACCOUNT',
    maskedAccountRef: '****1234',
    paymentFrequency: 'FOUR_WEEKLY',
    contingencyWeeks: 8,
    contingencyAllowancePence: 160_000,
    statement: {
      from: '2025-11-24',
      to: '2026-11-23',
      openingBalancePence: 0,
      closingBalancePence: 210_000,
      contingencyAllowancePence: 160_000,
      surplusPence: 210_000,
      recoverablePence: 50_000,
    },
  };
}
