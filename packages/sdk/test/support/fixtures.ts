import type { PersonalBudget, PersonSummary } from '../../src/models.ts';

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
