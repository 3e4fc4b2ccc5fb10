import { daysBetween } from '@openpb/domain/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyCouncil, createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import {
  addOtherCouncil,
  addRequest,
  addShortTermAssessment,
} from './support/operational-fixtures.ts';
import { addLongTermAssessment, addPerson, addPlan } from './support/reporting-fixtures.ts';

const WAITING = /* GraphQL */ `
  query Waiting($from: Date!, $to: Date!) {
    waitingTimes(from: $from, to: $to) {
      from to people
      requestToAssessment { people medianDays percentile90Days }
      assessmentToService { people medianDays percentile90Days }
    }
  }
`;

const PERIOD = { from: '2025-01-01', to: '2025-03-31' };

/** The continuous percentile as PostgreSQL's percentile_cont defines it, to one decimal place. */
function percentileCont(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const below = sorted[Math.floor(position)] ?? 0;
  const above = sorted[Math.ceil(position)] ?? 0;
  return Math.round((below + (above - below) * (position - Math.floor(position))) * 10) / 10;
}

function statistics(waits: number[]) {
  return {
    people: waits.length,
    medianDays: percentileCont(waits, 0.5),
    percentile90Days: percentileCont(waits, 0.9),
  };
}

let t: TestApi;
let councilId: string;
let otherCouncilId: string;

beforeAll(async () => {
  t = await startTestApi();
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  await addEmptyCouncil(t.db);
  const assessorId = setup.staffIds.socialWorker;
  const person = () => addPerson(t.db, councilId, { birthDate: '1960-01-01' });
  const request = (personId: string, date: string) =>
    addRequest(t.db, { councilId, personId }, date);
  const assessed = (personId: string, completedDate: string) =>
    addLongTermAssessment(
      t.db,
      { councilId, personId, assessorId },
      { completedDate, eligible: true },
    );
  const line = (startDate: string, status = 'ACTIVE') => ({
    serviceType: 'LT_COMMUNITY',
    deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
    startDate,
    status,
  });
  const plan = (
    personId: string,
    lines: ReturnType<typeof line>[],
    status = 'APPROVED',
    version = 1,
  ) =>
    addPlan(
      t.db,
      { councilId, personId, preparedById: assessorId },
      { status, version, startDate: lines[0]?.startDate ?? '2025-01-01', lines },
    );

  // A: an old assessment before the request is not the one waited for
  const a = await person();
  await assessed(a, '2024-06-01');
  await request(a, '2025-01-10');
  await assessed(a, '2025-01-20');
  await plan(a, [line('2025-02-04')]);
  // B: the first request in the period counts; a short-term assessment is not a long-term one;
  // cancelled lines and draft plans are not services
  const b = await person();
  await request(b, '2025-02-01');
  await request(b, '2025-02-15');
  await addShortTermAssessment(t.db, { councilId, personId: b, assessorId }, '2025-02-05');
  await assessed(b, '2025-03-05');
  await plan(b, [line('2025-03-05', 'CANCELLED'), line('2025-03-20')]);
  await plan(b, [line('2025-03-10')], 'DRAFT', 2);
  // C: assessed after the period ends (still counts), no service yet
  const c = await person();
  await request(c, '2025-03-01');
  await assessed(c, '2025-04-30');
  // D: a request on the period's last day, not assessed yet
  const d = await person();
  await request(d, '2025-03-31');
  // E: a request before the period is not counted
  const e = await person();
  await request(e, '2024-12-31');
  await assessed(e, '2025-01-05');

  const other = await addOtherCouncil(t.db);
  otherCouncilId = other.councilId;
  const outsider = await addPerson(t.db, other.councilId, { birthDate: '1960-01-01' });
  await addRequest(t.db, { councilId: other.councilId, personId: outsider }, '2025-01-02');
  await addLongTermAssessment(
    t.db,
    { councilId: other.councilId, personId: outsider, assessorId: other.staffId },
    { completedDate: '2025-03-30', eligible: true },
  );
});

afterAll(async () => {
  await t?.close();
});

async function waiting(
  council = councilId,
  roles: Parameters<TestApi['tokenFor']>[0]['roles'] = ['TEAM_MANAGER'],
) {
  const token = await t.tokenFor({ councilId: council, roles });
  return t.graphql<{ waitingTimes: Record<string, unknown> }>(WAITING, {
    token,
    variables: PERIOD,
  });
}

describe('Query.waitingTimes', () => {
  it('gives the count, median and 90th percentile of each wait', async () => {
    const { body } = await waiting();
    expect(body.errors).toBeUndefined();
    const toAssessment = [
      daysBetween('2025-01-10', '2025-01-20'),
      daysBetween('2025-02-01', '2025-03-05'),
      daysBetween('2025-03-01', '2025-04-30'),
    ];
    const toService = [
      daysBetween('2025-01-20', '2025-02-04'),
      daysBetween('2025-03-05', '2025-03-20'),
    ];
    expect(body.data?.waitingTimes).toEqual({
      ...PERIOD,
      people: 4,
      requestToAssessment: statistics(toAssessment),
      assessmentToService: statistics(toService),
    });
    // spelled out: waits of 10, 32 and 60 days → median 32, 90th percentile 32 + 0.8 × 28
    expect(body.data?.waitingTimes.requestToAssessment).toEqual({
      people: 3,
      medianDays: 32,
      percentile90Days: 54.4,
    });
  });

  it('shows only the caller’s council, and nulls for a council with no requests', async () => {
    const other = await waiting(otherCouncilId);
    expect(other.body.data?.waitingTimes).toMatchObject({
      people: 1,
      requestToAssessment: statistics([daysBetween('2025-01-02', '2025-03-30')]),
      assessmentToService: statistics([]),
    });
    const empty = await waiting('00000000-0000-7000-8000-000000000001');
    expect(empty.body.data?.waitingTimes).toMatchObject({
      people: 0,
      requestToAssessment: { people: 0, medianDays: null, percentile90Days: null },
      assessmentToService: { people: 0, medianDays: null, percentile90Days: null },
    });
  });

  it('refuses a period that ends before it starts, and staff without a reporting role', async () => {
    const token = await t.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const backwards = await t.graphql(WAITING, {
      token,
      variables: { from: '2025-03-31', to: '2025-01-01' },
    });
    expect(backwards.body.errors?.[0]?.message).toBe('The period ends before it starts');
    const { body } = await waiting(councilId, ['CARE_COORDINATOR']);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
