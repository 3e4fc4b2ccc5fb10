import { netPaymentPence } from '@openpb/domain/rules/net-payment';
import { contingencyAllowancePence } from '@openpb/domain/rules/surplus-recovery';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import {
  type AgreementSpec,
  addAgreement,
  addLedgerEntry,
  addOtherCouncil,
} from './support/operational-fixtures.ts';
import { addPerson } from './support/reporting-fixtures.ts';

const SURPLUSES = /* GraphQL */ `
  query Surpluses($first: Int, $after: String, $filter: DirectPaymentSurplusesFilter) {
    directPaymentSurpluses(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          person { id } directPaymentAgreement { id }
          closingBalancePence weeklyNetPence contingencyAllowancePence recoverablePence
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface SurplusNode {
  person: { id: string };
  directPaymentAgreement: { id: string };
  closingBalancePence: number;
  weeklyNetPence: number;
  contingencyAllowancePence: number;
  recoverablePence: number;
}
interface SurplusPage {
  directPaymentSurpluses: {
    edges: { node: SurplusNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const TODAY = '2025-06-30';

let t: TestApi;
let councilId: string;
let otherCouncilId: string;
/** Rows in the expected order, worked out from I-9 and I-12 with the domain's own arithmetic. */
const expected: SurplusNode[] = [];

function surplusOf(
  personId: string,
  agreementId: string,
  spec: Required<
    Pick<
      AgreementSpec,
      'paymentBasis' | 'weeklyGrossPence' | 'weeklyContributionPence' | 'contingencyWeeksHundredths'
    >
  >,
  closingBalancePence: number,
): SurplusNode {
  const weeklyNetPence =
    spec.paymentBasis === 'NET'
      ? netPaymentPence(spec.weeklyGrossPence, spec.weeklyContributionPence)
      : spec.weeklyGrossPence;
  const allowance = contingencyAllowancePence(
    weeklyNetPence,
    spec.contingencyWeeksHundredths / 100,
  );
  return {
    person: { id: globalId('Person', personId) },
    directPaymentAgreement: { id: globalId('DirectPaymentAgreement', agreementId) },
    closingBalancePence,
    weeklyNetPence,
    contingencyAllowancePence: allowance,
    recoverablePence: closingBalancePence - allowance,
  };
}

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date(`${TODAY}T10:00:00Z`) });
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  const assessorId = setup.staffIds.socialWorker;
  const account = async (
    personId: string,
    spec: Parameters<typeof surplusOf>[2] & { status?: string; endDate?: string },
    entries: { amountPence: number; postedDate: string; kind?: string }[],
    council = councilId,
  ) => {
    const agreementId = await addAgreement(
      t.db,
      { councilId: council, personId, assessorId },
      spec,
    );
    for (const entry of entries) {
      await addLedgerEntry(
        t.db,
        { councilId: council, agreementId },
        { kind: entry.kind ?? (entry.amountPence > 0 ? 'PAYMENT_IN' : 'SPEND'), ...entry },
      );
    }
    return agreementId;
  };

  // one person, two agreements: NET with a contribution, and GROSS (contribution invoiced apart)
  const twoAgreements = await addPerson(t.db, councilId, { birthDate: '1970-01-01' });
  const net = {
    paymentBasis: 'NET',
    weeklyGrossPence: 10_000,
    weeklyContributionPence: 2_500,
    contingencyWeeksHundredths: 400,
  } as const;
  const netAgreement = await account(twoAgreements, net, [
    { amountPence: 40_000, postedDate: '2025-04-01' },
    { amountPence: -5_000, postedDate: '2025-05-01' },
  ]);
  const gross = {
    paymentBasis: 'GROSS',
    weeklyGrossPence: 10_000,
    weeklyContributionPence: 2_000,
    contingencyWeeksHundredths: 250,
  } as const;
  const grossAgreement = await account(twoAgreements, gross, [
    { amountPence: 60_000, postedDate: '2025-04-01' },
    // posted after today: not in today's balance
    { amountPence: 100_000, postedDate: '2025-07-10' },
  ]);
  // an allowance of 3,333 × 4.5 = 14,998.5 → 14,999 (half-up): 1p recoverable
  const halfPenny = await addPerson(t.db, councilId, { birthDate: '1970-01-01' });
  const halfSpec = {
    paymentBasis: 'NET',
    weeklyGrossPence: 3_333,
    weeklyContributionPence: 0,
    contingencyWeeksHundredths: 450,
  } as const;
  const halfAgreement = await account(halfPenny, halfSpec, [
    { amountPence: 15_000, postedDate: '2025-04-01' },
  ]);
  // a contribution at least the gross: nothing paid weekly, so no allowance
  const fullContribution = await addPerson(t.db, councilId, { birthDate: '1970-01-01' });
  const fullSpec = {
    paymentBasis: 'NET',
    weeklyGrossPence: 5_000,
    weeklyContributionPence: 6_000,
    contingencyWeeksHundredths: 400,
  } as const;
  const fullAgreement = await account(fullContribution, fullSpec, [
    { amountPence: 1_000, postedDate: '2025-04-01', kind: 'CONTRIBUTION_IN' },
  ]);
  // exactly the allowance: nothing recoverable, not listed; a terminated agreement: not listed
  const atAllowance = await addPerson(t.db, councilId, { birthDate: '1970-01-01' });
  await account(atAllowance, { ...net, weeklyContributionPence: 0 }, [
    { amountPence: 40_000, postedDate: '2025-04-01' },
  ]);
  await account(atAllowance, { ...net, status: 'TERMINATED', endDate: '2025-05-31' }, [
    { amountPence: 900_000, postedDate: '2025-04-01' },
  ]);

  expected.push(
    surplusOf(twoAgreements, grossAgreement, gross, 60_000),
    surplusOf(twoAgreements, netAgreement, net, 35_000),
    surplusOf(fullContribution, fullAgreement, fullSpec, 1_000),
    surplusOf(halfPenny, halfAgreement, halfSpec, 15_000),
  );

  const other = await addOtherCouncil(t.db);
  otherCouncilId = other.councilId;
  const outsider = await addPerson(t.db, other.councilId, { birthDate: '1970-01-01' });
  await account(
    outsider,
    net,
    [{ amountPence: 900_000, postedDate: '2025-04-01' }],
    other.councilId,
  );
});

afterAll(async () => {
  await t?.close();
});

async function surpluses(
  variables: Record<string, unknown>,
  options: { council?: string; roles?: Parameters<TestApi['tokenFor']>[0]['roles'] } = {},
) {
  const token = await t.tokenFor({
    councilId: options.council ?? councilId,
    roles: options.roles ?? ['AUDITOR'],
  });
  return t.graphql<SurplusPage>(SURPLUSES, { token, variables });
}

describe('Query.directPaymentSurpluses', () => {
  it('lists accounts over their contingency allowance, largest recoverable first', async () => {
    const { body } = await surpluses({});
    expect(body.errors).toBeUndefined();
    expect(body.data?.directPaymentSurpluses.edges.map((edge) => edge.node)).toEqual(expected);
    // the worked figures the domain arithmetic gives, spelled out
    expect(expected.map((row) => row.recoverablePence)).toEqual([35_000, 5_000, 1_000, 1]);
  });

  it('filters by the smallest recoverable amount', async () => {
    const { body } = await surpluses({ filter: { minRecoverablePence: 1_000 } });
    expect(
      body.data?.directPaymentSurpluses.edges.map((edge) => edge.node.recoverablePence),
    ).toEqual([35_000, 5_000, 1_000]);
  });

  it('pages forwards on its order', async () => {
    const first = await surpluses({ first: 2 });
    const page1 = first.body.data?.directPaymentSurpluses;
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    const second = await surpluses({ first: 2, after: page1?.pageInfo.endCursor });
    const page2 = second.body.data?.directPaymentSurpluses;
    expect(page2?.pageInfo.hasNextPage).toBe(false);
    expect([...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((edge) => edge.node)).toEqual(
      expected,
    );
  });

  it('shows only the caller’s council', async () => {
    const { body } = await surpluses({}, { council: otherCouncilId });
    const nodes = body.data?.directPaymentSurpluses.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(1);
    expect(nodes[0]?.closingBalancePence).toBe(900_000);
    const ours = new Set(expected.map((row) => row.directPaymentAgreement.id));
    expect(nodes.some((node) => ours.has(node.directPaymentAgreement.id))).toBe(false);
  });

  it('refuses a negative minimum and staff without a reporting or money role', async () => {
    const negative = await surpluses({ filter: { minRecoverablePence: -1 } });
    expect(negative.body.errors?.[0]?.message).toBe('minRecoverablePence cannot be negative');
    const { body } = await surpluses({}, { roles: ['CARE_COORDINATOR'] });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
