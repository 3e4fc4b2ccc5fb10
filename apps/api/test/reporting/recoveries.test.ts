import { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import { daysBetween } from '@openpb/domain/dates';
import {
  AGEING_BUCKETS,
  AGEING_RECOVERY_STATUSES,
  ageingBucketOf,
} from '@openpb/domain/reporting/recovery-ageing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyCouncil, createCouncilWithStaff, globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { addAgreement, addOtherCouncil, addRecovery } from './support/operational-fixtures.ts';
import { addPerson } from './support/reporting-fixtures.ts';

const RECOVERIES = /* GraphQL */ `
  query Recoveries($first: Int, $after: String, $filter: RecoveriesFilter) {
    recoveries(first: $first, after: $after, filter: $filter) {
      edges { node { recovery { id status } ageDays outstandingPence } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  query RecoverySummary {
    recoverySummary {
      asOf raisedPence recoveredPence recoveredPercentage
      byStatus { status recoveries raisedPence recoveredPence }
      ageing { bucket recoveries outstandingPence }
    }
  }
`;

interface AgedNode {
  recovery: { id: string; status: string };
  ageDays: number;
  outstandingPence: number;
}
interface RecoveriesPage {
  recoveries: {
    edges: { node: AgedNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const TODAY = '2025-06-30';

interface Spec {
  status: string;
  amountPence: number;
  recoveredPence: number;
  raisedDate: string;
}

/** Oldest first. Ages on TODAY: 0, 30 (the 0–30 band's last day), 31, 90, 91 and older. */
const SPECS: Spec[] = [
  { status: 'WRITTEN_OFF', amountPence: 800, recoveredPence: 0, raisedDate: '2024-11-01' },
  { status: 'RECOVERED', amountPence: 7_000, recoveredPence: 7_000, raisedDate: '2024-12-01' },
  { status: 'AGREED', amountPence: 6_000, recoveredPence: 2_000, raisedDate: '2025-01-01' },
  { status: 'NOTIFIED', amountPence: 5_000, recoveredPence: 1_000, raisedDate: '2025-03-31' },
  { status: 'PROPOSED', amountPence: 4_000, recoveredPence: 0, raisedDate: '2025-04-01' },
  { status: 'DISPUTED', amountPence: 3_000, recoveredPence: 0, raisedDate: '2025-05-30' },
  { status: 'NOTIFIED', amountPence: 2_000, recoveredPence: 500, raisedDate: '2025-05-31' },
  { status: 'PROPOSED', amountPence: 1_000, recoveredPence: 0, raisedDate: TODAY },
];

let t: TestApi;
let councilId: string;
let otherCouncilId: string;
let expected: (AgedNode & { raisedDate: string })[] = [];

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date(`${TODAY}T10:00:00Z`) });
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  await addEmptyCouncil(t.db);
  const personId = await addPerson(t.db, councilId, { birthDate: '1970-01-01' });
  const agreementId = await addAgreement(t.db, {
    councilId,
    personId,
    assessorId: setup.staffIds.socialWorker,
  });
  // raised after today: in nothing
  await addRecovery(
    t.db,
    { councilId, agreementId },
    { status: 'PROPOSED', amountPence: 99_999, raisedDate: '2025-07-02' },
  );
  expected = [];
  for (const spec of SPECS) {
    const id = await addRecovery(t.db, { councilId, agreementId }, spec);
    expected.push({
      recovery: { id: globalId('Recovery', id), status: spec.status },
      ageDays: daysBetween(spec.raisedDate, TODAY),
      outstandingPence: spec.amountPence - spec.recoveredPence,
      raisedDate: spec.raisedDate,
    });
  }

  const other = await addOtherCouncil(t.db);
  otherCouncilId = other.councilId;
  const outsider = await addPerson(t.db, other.councilId, { birthDate: '1970-01-01' });
  const otherAgreement = await addAgreement(t.db, {
    councilId: other.councilId,
    personId: outsider,
    assessorId: other.staffId,
  });
  await addRecovery(
    t.db,
    { councilId: other.councilId, agreementId: otherAgreement },
    { status: 'PROPOSED', amountPence: 50_000, raisedDate: '2025-06-01' },
  );
});

afterAll(async () => {
  await t?.close();
});

async function asReporter<T>(
  query: string,
  variables: Record<string, unknown>,
  council = councilId,
) {
  const token = await t.tokenFor({ councilId: council, roles: ['COUNCIL_ADMIN'] });
  return t.graphql<T>(query, { token, variables });
}

const withoutDate = ({ raisedDate: _date, ...node }: AgedNode & { raisedDate: string }) => node;

describe('Query.recoveries', () => {
  it('lists recoveries raised up to today, oldest first, with their age in days', async () => {
    const { body } = await asReporter<RecoveriesPage>(RECOVERIES, {});
    expect(body.errors).toBeUndefined();
    expect(body.data?.recoveries.edges.map((edge) => edge.node)).toEqual(expected.map(withoutDate));
    expect(expected.map((row) => row.ageDays)).toEqual([241, 211, 180, 91, 90, 31, 30, 0]);
  });

  it('filters by status and by age (strictly older than the days given)', async () => {
    const older = await asReporter<RecoveriesPage>(RECOVERIES, { filter: { olderThanDays: 30 } });
    expect(older.body.data?.recoveries.edges.map((edge) => edge.node)).toEqual(
      expected.filter((row) => row.ageDays > 30).map(withoutDate),
    );
    const proposed = await asReporter<RecoveriesPage>(RECOVERIES, {
      filter: { status: 'PROPOSED', olderThanDays: 30 },
    });
    expect(proposed.body.data?.recoveries.edges.map((edge) => edge.node)).toEqual(
      expected
        .filter((row) => row.recovery.status === 'PROPOSED' && row.ageDays > 30)
        .map(withoutDate),
    );
  });

  it('pages forwards on its order', async () => {
    const first = await asReporter<RecoveriesPage>(RECOVERIES, { first: 5 });
    const second = await asReporter<RecoveriesPage>(RECOVERIES, {
      first: 5,
      after: first.body.data?.recoveries.pageInfo.endCursor,
    });
    expect(first.body.data?.recoveries.pageInfo.hasNextPage).toBe(true);
    expect(second.body.data?.recoveries.pageInfo.hasNextPage).toBe(false);
    expect(
      [
        ...(first.body.data?.recoveries.edges ?? []),
        ...(second.body.data?.recoveries.edges ?? []),
      ].map((edge) => edge.node),
    ).toEqual(expected.map(withoutDate));
  });

  it('shows only the caller’s council', async () => {
    const { body } = await asReporter<RecoveriesPage>(RECOVERIES, {}, otherCouncilId);
    expect(body.data?.recoveries.edges.map((edge) => edge.node.outstandingPence)).toEqual([50_000]);
  });

  it('refuses a negative age and staff without a reporting or money role', async () => {
    const negative = await asReporter<RecoveriesPage>(RECOVERIES, {
      filter: { olderThanDays: -1 },
    });
    expect(negative.body.errors?.[0]?.message).toBe('olderThanDays cannot be negative');
    const token = await t.tokenFor({
      councilId,
      roles: ['QUALIFIED_SOCIAL_WORKER', 'CARE_COORDINATOR'],
    });
    const { body } = await t.graphql(RECOVERIES, { token, variables: {} });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('Query.recoverySummary', () => {
  it('sums money raised and recovered by status, and ages the open recoveries', async () => {
    const { body } = await asReporter<{
      recoverySummary: { ageing: { recoveries: number }[] } & Record<string, unknown>;
    }>(SUMMARY, {});
    expect(body.errors).toBeUndefined();
    const raised = SPECS.reduce((sum, spec) => sum + spec.amountPence, 0);
    const recovered = SPECS.reduce((sum, spec) => sum + spec.recoveredPence, 0);
    const open = expected
      .map((row, index) => ({ ...row, spec: SPECS[index] as Spec }))
      .filter((row) => (AGEING_RECOVERY_STATUSES as readonly string[]).includes(row.spec.status));
    expect(body.data?.recoverySummary).toEqual({
      asOf: TODAY,
      raisedPence: raised,
      recoveredPence: recovered,
      // 10,500 × 100 ÷ 28,800 = 36.458… → 36.5
      recoveredPercentage: '36.5',
      byStatus: RecoveryStatus.codes.map((status) => {
        const specs = SPECS.filter((spec) => spec.status === status);
        return {
          status,
          recoveries: specs.length,
          raisedPence: specs.reduce((sum, spec) => sum + spec.amountPence, 0),
          recoveredPence: specs.reduce((sum, spec) => sum + spec.recoveredPence, 0),
        };
      }),
      ageing: AGEING_BUCKETS.map(({ bucket }) => {
        const inBucket = open.filter((row) => ageingBucketOf(row.ageDays) === bucket);
        return {
          bucket,
          recoveries: inBucket.length,
          outstandingPence: inBucket.reduce((sum, row) => sum + row.outstandingPence, 0),
        };
      }),
    });
    // the 30-day-old recovery is in the youngest band
    expect(body.data?.recoverySummary.ageing[0]?.recoveries).toBe(2);
  });

  it('gives zeros and a null percentage to a council with no recoveries', async () => {
    const { body } = await asReporter<{ recoverySummary: Record<string, unknown> }>(
      SUMMARY,
      {},
      '00000000-0000-7000-8000-000000000001',
    );
    expect(body.data?.recoverySummary).toMatchObject({
      raisedPence: 0,
      recoveredPence: 0,
      recoveredPercentage: null,
      ageing: AGEING_BUCKETS.map(({ bucket }) => ({ bucket, recoveries: 0, outstandingPence: 0 })),
    });
  });

  it('refuses staff without a reporting role', async () => {
    const token = await t.tokenFor({ councilId, roles: ['QUALIFIED_SOCIAL_WORKER'] });
    const { body } = await t.graphql(SUMMARY, { token, variables: {} });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
