import type { Prisma } from '@openpb/db/client';
import { expect } from 'vitest';
import { createCouncilWithStaff, globalId, STAFF, type StaffKey } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/** Selections every case-pathway mutation test reads from an error. */
export const ERROR_FIELDS = /* GraphQL */ `
  ... on Error { message code path }
  ... on RuleViolationError { violations { code path } }
  ... on ValidationError { issues { path code } }
`;

export interface MutationError {
  __typename: string;
  message?: string;
  code?: string;
  path?: string[];
  violations?: { code: string; path: string[] }[];
  issues?: { path: string[]; code: string }[];
}

export interface CasePathwayApi {
  readonly t: TestApi;
  readonly councilId: string;
  readonly staffIds: Record<StaffKey, string>;
  /** A token for each member of staff of the demo council, signed in with their own role. */
  readonly tokens: Record<StaffKey, string>;
  /** A caseworker role holder who has no staff record in the council. */
  readonly tokenWithoutStaffRecord: string;
  /** A person of another council: their id must behave like one that does not exist. */
  readonly otherCouncilPersonId: string;
  readonly otherCouncilId: string;
  /** A fresh person of the demo council, for one test. */
  newPerson(data?: Partial<Prisma.PersonUncheckedCreateInput>): Promise<string>;
  /** Runs a mutation as a member of staff and returns its result field. */
  mutate<T>(
    name: string,
    document: string,
    input: Record<string, unknown>,
    as?: StaffKey | string,
  ): Promise<T>;
}

let personNumber = 0;

/** One real API per test file, with the demo council, its staff and another council's person. */
export async function startCasePathwayApi(today = '2025-06-30'): Promise<CasePathwayApi> {
  const t = await startTestApi({ now: () => new Date(`${today}T12:00:00Z`) });
  const { councilId, staffIds } = await createCouncilWithStaff(t.db);
  const tokens = {} as Record<StaffKey, string>;
  for (const [key, staff] of Object.entries(STAFF) as [StaffKey, (typeof STAFF)[StaffKey]][]) {
    tokens[key] = await t.tokenFor({ councilId, roles: [staff.role], subject: staff.subject });
  }
  const tokenWithoutStaffRecord = await t.tokenFor({
    councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: 'staff:not-on-record',
    staffRecord: false,
  });
  const other = await t.db.council.create({
    data: { laCode: 'Z99', name: 'Another Council', region: 'Elsewhere' },
  });
  const newPersonIn = async (
    council: string,
    data: Partial<Prisma.PersonUncheckedCreateInput> = {},
  ): Promise<string> => {
    personNumber += 1;
    const person = await t.db.person.create({
      data: {
        councilId: council,
        laPersonId: `CP-${personNumber}`,
        givenName: 'Test',
        familyName: `Person ${personNumber}`,
        birthDate: new Date('1950-01-01T00:00:00Z'),
        gender: 'FEMALE',
        ethnicity: 'WHITE_BRITISH',
        postcode: 'EM1 2AB',
        clientType: 'SERVICE_USER',
        primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
        accommodationStatus: 'OWNER_OCCUPIER',
        mentalCapacityForDp: 'CAPACITY_PRESENT',
        ...data,
      },
    });
    return person.id;
  };
  const otherCouncilPersonId = await newPersonIn(other.id);
  return {
    t,
    councilId,
    staffIds,
    tokens,
    tokenWithoutStaffRecord,
    otherCouncilPersonId,
    otherCouncilId: other.id,
    newPerson: (data) => newPersonIn(councilId, data),
    mutate: async <T>(
      name: string,
      document: string,
      input: Record<string, unknown>,
      as: StaffKey | string = 'socialWorker',
    ) => {
      const token = as in tokens ? tokens[as as StaffKey] : as;
      const { body } = await t.graphql<Record<string, T>>(document, {
        token,
        variables: { input },
      });
      expect(body.errors).toBeUndefined();
      const result = body.data?.[name];
      if (result === undefined) throw new Error(`No ${name} in the response`);
      return result;
    },
  };
}

/** The rows of every case-pathway table (ids and changeable fields), to prove a failure wrote nothing. */
export async function casePathwayRowCounts(db: TestApi['db']) {
  const [requests, assessments, indicativeBudgets, reviews, concerns, allocations, plans] =
    await Promise.all([
      db.request.count(),
      db.assessment.count(),
      db.indicativeBudget.count(),
      db.review.findMany({ select: { id: true, completedDate: true }, orderBy: { id: 'asc' } }),
      db.safeguardingConcern.count(),
      db.allocation.findMany({ select: { id: true, toDate: true }, orderBy: { id: 'asc' } }),
      db.supportPlan.findMany({
        select: { id: true, nextReviewDueDate: true },
        orderBy: { id: 'asc' },
      }),
    ]);
  return { requests, assessments, indicativeBudgets, reviews, concerns, allocations, plans };
}

/** Runs `act` and asserts that no case-pathway row was created or changed. */
export async function expectNothingWritten<T>(
  db: TestApi['db'],
  act: () => Promise<T>,
): Promise<T> {
  const before = await casePathwayRowCounts(db);
  const result = await act();
  expect(await casePathwayRowCounts(db)).toEqual(before);
  return result;
}

export { globalId };

/** A signed-off personal budget taken as a direct payment, with its agreement in `status`. */
export async function directPaymentAgreementFor(
  db: TestApi['db'],
  councilId: string,
  personId: string,
  status = 'ACTIVE',
) {
  const budget = await db.personalBudget.create({
    data: {
      councilId,
      personId,
      status: 'SIGNED_OFF',
      annualTotalPence: 1_040_000,
      annualLaContributionPence: 1_040_000,
      annualPersonContributionPence: 0,
      effectiveFrom: new Date('2025-04-01T00:00:00Z'),
      deployments: {
        create: { councilId, mode: 'DIRECT_PAYMENT', annualAmountPence: 1_040_000 },
      },
    },
    include: { deployments: true },
  });
  const deployment = budget.deployments[0];
  if (!deployment) throw new Error('The budget has no deployment');
  return db.directPaymentAgreement.create({
    data: {
      councilId,
      personId,
      deploymentId: deployment.id,
      recipientType: 'SELF',
      legalBasis: 'S31',
      accountType: 'PREPAID_CARD',
      accountRef: '1234',
      paymentBasis: 'NET',
      paymentFrequency: 'FOUR_WEEKLY',
      contributionFrequency: 'FOUR_WEEKLY',
      contingencyWeeksHundredths: 400,
      weeklyGrossPence: 20_000,
      weeklyContributionPence: 0,
      signedDate: new Date('2025-04-01T00:00:00Z'),
      startDate: new Date('2025-04-07T00:00:00Z'),
      status,
      firstReviewDueDate: new Date('2025-10-07T00:00:00Z'),
    },
  });
}
