import type { PrismaClient } from '@openpb/db/client';
import type { StaffRole } from '@openpb/graphql/context';
import { createCouncilWithStaff, globalId, STAFF, type StaffKey } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/** "Today" in these tests. */
export const NOW = new Date('2026-11-23T10:00:00Z');

/**
 * A signed-off budget of £13,000.13 a year, all taken as a direct payment, of which the person
 * pays £2,600.01: weekly gross £250.00, contribution £50.00, net £200.00.
 */
export const BUDGET = {
  annualTotalPence: 1_300_013,
  annualLaContributionPence: 1_040_012,
  annualPersonContributionPence: 260_001,
} as const;

export interface DirectPaymentWorld {
  readonly t: TestApi;
  readonly councilId: string;
  readonly personId: string;
  readonly staffIds: Record<StaffKey, string>;
  readonly deploymentId: string;
  /** The Relay id of the DIRECT_PAYMENT deployment. */
  readonly deploymentGlobalId: string;
  tokenOf(staff: StaffKey): Promise<string>;
}

/** A test API with the demo council, its staff, a person and a signed-off budget with a DP deployment. */
export async function startDirectPaymentWorld(): Promise<DirectPaymentWorld> {
  const t = await startTestApi({ now: () => NOW });
  const { councilId, staffIds, personId } = await createCouncilWithStaff(t.db);
  const deploymentId = await createSignedOffDirectPaymentBudget(t.db, councilId, personId);
  return {
    t,
    councilId,
    personId,
    staffIds,
    deploymentId,
    deploymentGlobalId: globalId('BudgetDeployment', deploymentId),
    tokenOf: (staff) =>
      t.tokenFor({
        councilId,
        roles: [STAFF[staff].role as StaffRole],
        subject: STAFF[staff].subject,
      }),
  };
}

/** A SIGNED_OFF budget with one DIRECT_PAYMENT deployment of the whole amount; returns its id. */
export async function createSignedOffDirectPaymentBudget(
  db: PrismaClient,
  councilId: string,
  personId: string,
  mode = 'DIRECT_PAYMENT',
): Promise<string> {
  const budget = await db.personalBudget.create({
    data: {
      councilId,
      personId,
      status: 'SIGNED_OFF',
      ...BUDGET,
      effectiveFrom: new Date('2026-04-01T00:00:00Z'),
      signedOffAt: new Date('2026-03-20T12:00:00Z'),
      deployments: {
        create: { councilId, mode, annualAmountPence: BUDGET.annualTotalPence },
      },
    },
    include: { deployments: true },
  });
  const deployment = budget.deployments[0];
  if (!deployment) throw new Error('deployment not created');
  return deployment.id;
}

/** Counts of every direct-payment table, to prove that a refused mutation wrote nothing. */
export async function directPaymentRowCounts(db: PrismaClient) {
  const [agreements, payments, transactions, audits, recoveries, employments, reviews, keys] =
    await Promise.all([
      db.directPaymentAgreement.count(),
      db.directPayment.count(),
      db.accountTransaction.count(),
      db.directPaymentAudit.count(),
      db.recovery.count(),
      db.paEmployment.count(),
      db.review.count(),
      db.idempotencyRecord.count(),
    ]);
  return { agreements, payments, transactions, audits, recoveries, employments, reviews, keys };
}

/** A valid set-up input for the world's deployment. */
export function setUpInput(world: DirectPaymentWorld, change: Record<string, unknown> = {}) {
  return {
    deploymentId: world.deploymentGlobalId,
    recipientType: 'SELF',
    legalBasis: 'S31',
    accountType: 'DEDICATED_BANK_ACCOUNT',
    accountRef: '20-00-00 12345678',
    paymentBasis: 'NET',
    paymentFrequency: 'FOUR_WEEKLY',
    contributionFrequency: 'FOUR_WEEKLY',
    signedDate: '2026-04-01',
    startDate: '2026-04-06',
    ...change,
  };
}

export const SET_UP = /* GraphQL */ `
  mutation SetUp($input: SetUpDirectPaymentInput!) {
    setUpDirectPayment(input: $input) {
      __typename
      ... on MutationSetUpDirectPaymentSuccess {
        agreement {
          id status maskedAccountRef paymentBasis paymentFrequency legalBasis
          weeklyGrossPence weeklyContributionPence weeklyNetPence
          contingencyWeeks contingencyAllowancePence startDate firstReviewDueDate
          person { id }
        }
      }
      ... on Error { message code path }
    }
  }
`;

export const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleDirectPaymentsInput!) {
    scheduleDirectPayments(input: $input) {
      __typename
      ... on MutationScheduleDirectPaymentsSuccess {
        agreement {
          id
          payments(first: 100) {
            edges { node { id sequence periodStart periodEnd grossAmountPence contributionDeductedPence netAmountPence dueDate status } }
          }
        }
      }
      ... on Error { message code path }
    }
  }
`;

export const RECORD_PAYMENT = /* GraphQL */ `
  mutation RecordPayment($input: RecordDirectPaymentInput!) {
    recordDirectPayment(input: $input) {
      __typename
      ... on MutationRecordDirectPaymentSuccess { payment { id status paidDate netAmountPence } }
      ... on Error { message code path }
    }
  }
`;

export const RECORD_TRANSACTION = /* GraphQL */ `
  mutation RecordTransaction($input: RecordAccountTransactionInput!) {
    recordAccountTransaction(input: $input) {
      __typename
      ... on MutationRecordAccountTransactionSuccess {
        transaction { id kind postedDate amountPence spendCategory counterpartyName }
      }
      ... on Error { message code path }
    }
  }
`;

/** Sets up an agreement through the API as the social worker and returns its global id. */
export async function setUpAgreement(
  world: DirectPaymentWorld,
  change: Record<string, unknown> = {},
) {
  const { body } = await world.t.graphql<{
    setUpDirectPayment: { agreement?: { id: string }; code?: string };
  }>(SET_UP, {
    token: await world.tokenOf('socialWorker'),
    variables: { input: setUpInput(world, change) },
  });
  const id = body.data?.setUpDirectPayment.agreement?.id;
  if (!id) throw new Error(`set-up failed: ${JSON.stringify(body)}`);
  return id;
}

interface PaymentNode {
  id: string;
  sequence: number;
  netAmountPence: number;
  grossAmountPence: number;
  contributionDeductedPence: number;
  periodStart: string;
  periodEnd: string;
  status: string;
}

/** Schedules the year from the agreement start as the finance officer; returns the payments. */
export async function scheduleYear(world: DirectPaymentWorld, agreementId: string) {
  const { body } = await world.t.graphql<{
    scheduleDirectPayments: {
      agreement?: { payments: { edges: { node: PaymentNode }[] } };
    };
  }>(SCHEDULE, {
    token: await world.tokenOf('financeOfficer'),
    variables: {
      input: {
        agreementId,
        firstPeriodStart: '2026-04-06',
        idempotencyKey: `schedule-${agreementId}`,
      },
    },
  });
  const payments = body.data?.scheduleDirectPayments.agreement?.payments.edges.map((e) => e.node);
  if (!payments) throw new Error(`schedule failed: ${JSON.stringify(body)}`);
  return payments;
}
