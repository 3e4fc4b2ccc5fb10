import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyCouncil, createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { addOtherCouncil } from './support/operational-fixtures.ts';
import { addPerson } from './support/reporting-fixtures.ts';

const OUTCOMES = /* GraphQL */ `
  query Outcomes($from: Date!, $to: Date!) {
    outcomesAtReview(from: $from, to: $to) {
      from to
      total { ...Counts }
      byReason { reason counts { ...Counts } }
    }
  }
  fragment Counts on OutcomesAtReviewCounts {
    reviews fullyMet partiallyMet notMet notRecorded
    fullyMetShare { numerator denominator percentage }
    metShare { numerator denominator percentage }
  }
`;

/** A past financial year; the council's history goes on after it. */
const PAST = { from: '2024-04-01', to: '2025-03-31' };

let t: TestApi;
let councilId: string;
let otherCouncilId: string;

const day = (date: string) => new Date(`${date}T00:00:00Z`);

async function review(
  council: string,
  personId: string,
  spec: {
    reason?: string;
    dueDate: string;
    completedDate?: string;
    outcomesAchieved?: string;
    cancelledOn?: string;
  },
) {
  await t.db.review.create({
    data: {
      councilId: council,
      personId,
      reason: spec.reason ?? 'PLANNED',
      dueDate: day(spec.dueDate),
      ...(spec.completedDate
        ? {
            completedDate: day(spec.completedDate),
            involvement: 'SERVICE_USER_ONLY',
            outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
          }
        : {}),
      ...(spec.outcomesAchieved ? { outcomesAchieved: spec.outcomesAchieved } : {}),
      ...(spec.cancelledOn
        ? { cancelledOn: day(spec.cancelledOn), cancellationReason: 'DECEASED' }
        : {}),
    },
  });
}

beforeAll(async () => {
  t = await startTestApi();
  councilId = (await createCouncilWithStaff(t.db)).councilId;
  await addEmptyCouncil(t.db);
  const a = await addPerson(t.db, councilId, { birthDate: '1950-01-01' });
  const b = await addPerson(t.db, councilId, { birthDate: '1980-01-01' });
  // in the period: three planned (fully, fully, partially met), one planned not met on its last
  // day, one unplanned with nothing recorded and one unplanned fully met
  await review(councilId, a, {
    dueDate: '2024-05-01',
    completedDate: '2024-04-01',
    outcomesAchieved: 'FULLY_MET',
  });
  await review(councilId, b, {
    dueDate: '2024-09-01',
    completedDate: '2024-09-10',
    outcomesAchieved: 'FULLY_MET',
  });
  await review(councilId, a, {
    dueDate: '2025-01-01',
    completedDate: '2025-01-15',
    outcomesAchieved: 'PARTIALLY_MET',
  });
  await review(councilId, b, {
    dueDate: '2025-03-01',
    completedDate: '2025-03-31',
    outcomesAchieved: 'NOT_MET',
  });
  await review(councilId, a, {
    reason: 'UNPLANNED_HOSPITAL',
    dueDate: '2024-11-02',
    completedDate: '2024-11-02',
  });
  await review(councilId, b, {
    reason: 'UNPLANNED_SAFEGUARDING_CONCERN',
    dueDate: '2024-12-02',
    completedDate: '2024-12-02',
    outcomesAchieved: 'FULLY_MET',
  });
  // not in the period as it stood on 31 March 2025: before it, after it (the history moved on),
  // only due, and cancelled
  await review(councilId, a, {
    dueDate: '2024-03-01',
    completedDate: '2024-03-31',
    outcomesAchieved: 'NOT_MET',
  });
  await review(councilId, b, {
    dueDate: '2025-03-15',
    completedDate: '2025-04-01',
    outcomesAchieved: 'NOT_MET',
  });
  await review(councilId, a, { dueDate: '2025-02-01' });
  await review(councilId, b, { dueDate: '2025-02-01', cancelledOn: '2025-02-10' });

  const other = await addOtherCouncil(t.db);
  otherCouncilId = other.councilId;
  const outsider = await addPerson(t.db, otherCouncilId, { birthDate: '1960-01-01' });
  await review(otherCouncilId, outsider, {
    dueDate: '2024-06-01',
    completedDate: '2024-06-01',
    outcomesAchieved: 'NOT_MET',
  });
});

afterAll(async () => {
  await t?.close();
});

async function outcomes(
  council = councilId,
  variables: { from: string; to: string } = PAST,
  roles: Parameters<TestApi['tokenFor']>[0]['roles'] = ['TEAM_MANAGER'],
) {
  const token = await t.tokenFor({ councilId: council, roles });
  return t.graphql<{ outcomesAtReview: Record<string, unknown> }>(OUTCOMES, { token, variables });
}

const ratio = (numerator: number, denominator: number, percentage: string | null) => ({
  numerator,
  denominator,
  percentage,
});

describe('Query.outcomesAtReview', () => {
  it('counts the reviews that took place in a past period by reason and outcome, as it stood at its end', async () => {
    const { body } = await outcomes();
    expect(body.errors).toBeUndefined();
    expect(body.data?.outcomesAtReview).toEqual({
      ...PAST,
      total: {
        reviews: 6,
        fullyMet: 3,
        partiallyMet: 1,
        notMet: 1,
        notRecorded: 1,
        fullyMetShare: ratio(3, 5, '60.0'),
        metShare: ratio(4, 5, '80.0'),
      },
      byReason: [
        {
          reason: 'PLANNED',
          counts: {
            reviews: 4,
            fullyMet: 2,
            partiallyMet: 1,
            notMet: 1,
            notRecorded: 0,
            fullyMetShare: ratio(2, 4, '50.0'),
            metShare: ratio(3, 4, '75.0'),
          },
        },
        {
          reason: 'UNPLANNED_HOSPITAL',
          counts: {
            reviews: 1,
            fullyMet: 0,
            partiallyMet: 0,
            notMet: 0,
            notRecorded: 1,
            fullyMetShare: ratio(0, 0, null),
            metShare: ratio(0, 0, null),
          },
        },
        {
          reason: 'UNPLANNED_SAFEGUARDING_CONCERN',
          counts: {
            reviews: 1,
            fullyMet: 1,
            partiallyMet: 0,
            notMet: 0,
            notRecorded: 0,
            fullyMetShare: ratio(1, 1, '100.0'),
            metShare: ratio(1, 1, '100.0'),
          },
        },
      ],
    });
  });

  it('a later period counts the review completed after the past one ended', async () => {
    const { body } = await outcomes(councilId, { from: '2025-04-01', to: '2025-09-30' });
    expect(body.data?.outcomesAtReview).toMatchObject({
      total: { reviews: 1, notMet: 1 },
      byReason: [{ reason: 'PLANNED', counts: { reviews: 1, notMet: 1 } }],
    });
  });

  it('shows only the caller’s council, and zeros for a council with no reviews', async () => {
    const other = await outcomes(otherCouncilId);
    expect(other.body.data?.outcomesAtReview).toMatchObject({
      total: { reviews: 1, notMet: 1, metShare: ratio(0, 1, '0.0') },
    });
    const empty = await outcomes('00000000-0000-7000-8000-000000000001');
    expect(empty.body.data?.outcomesAtReview).toMatchObject({
      total: { reviews: 0, fullyMetShare: ratio(0, 0, null) },
      byReason: [],
    });
  });

  it('refuses a period that ends before it starts, and staff without a reporting role', async () => {
    const backwards = await outcomes(councilId, { from: '2025-03-31', to: '2025-01-01' });
    expect(backwards.body.errors?.[0]?.message).toBe('The period ends before it starts');
    const { body } = await outcomes(councilId, PAST, ['CARE_COORDINATOR']);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
