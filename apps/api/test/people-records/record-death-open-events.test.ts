// D19 (the death cascade's gaps): a death withdraws draft and submitted plans, closes
// open requests and assessments on the date of death with outcome NFA: Deceased (so the CLD return
// has them ended), withdraws the budget awaiting sign-off (reason DECEASED), and cancels the
// reviews that will now not take place — in the same
// transaction, and not at all when the death is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../case-pathway/case-pathway-api.ts';
import { type ExportServer, startExportServer } from '../reporting/support/export-server.ts';
import { createCouncilWithStaff, STAFF } from '../support/fixtures.ts';
import { cldCsvRows } from './cld-csv-rows.ts';
import { openServicesOf } from './person-records-fixture.ts';

const DEATH = '2025-06-15';
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

let server: ExportServer;
let councilId: string;
let staffId: string;
let personId: string;

beforeAll(async () => {
  server = await startExportServer();
  const setup = await createCouncilWithStaff(server.db);
  councilId = setup.councilId;
  staffId = setup.staffIds.socialWorker;
  personId = setup.personId;
});
afterAll(async () => {
  await server?.close();
});

/** The person's open pathway, as a death finds it. */
async function openPathway() {
  const { db } = server;
  const person = { councilId, personId };
  await openServicesOf(db, councilId, personId, staffId);
  const unagreed = async (version: number, status: string, startDate: string) => {
    const plan = await db.supportPlan.create({
      data: {
        ...person,
        version,
        status,
        outcomes: [],
        preparedById: staffId,
        startDate: day(startDate),
        firstReviewDueDate: day('2025-09-01'),
      },
    });
    await db.supportPlanLine.create({
      data: {
        councilId,
        planId: plan.id,
        position: 0,
        description: `Draft line ${version}`,
        serviceType: 'LT_COMMUNITY',
        serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
        fundingSource: 'LA',
        unitCostPence: 2_000,
        costFrequency: 'HOURLY',
        plannedUnitsPerWeekHundredths: 1_000,
        weeklyCostPence: 20_000,
        startDate: day(startDate),
        status: 'PLANNED',
      },
    });
    return plan.id;
  };
  const draftId = await unagreed(2, 'DRAFT', '2025-07-01');
  const submittedId = await unagreed(3, 'SUBMITTED', '2025-06-01');
  const request = await db.request.create({
    data: {
      ...person,
      receivedDate: day('2025-06-01'),
      routeOfAccess: 'COMMUNITY_OTHER',
      source: 'SELF',
    },
  });
  const assessment = await db.assessment.create({
    data: {
      ...person,
      type: 'LONG_TERM',
      format: 'FACE_TO_FACE',
      involvement: 'SERVICE_USER_ONLY',
      startDate: day('2025-06-05'),
      assessorId: staffId,
      complexity: 'LOW',
    },
  });
  // the submitted plan's budget, put forward for sign-off and not signed off by the death
  const awaiting = await db.personalBudget.create({
    data: {
      ...person,
      planId: submittedId,
      version: 9,
      status: 'AWAITING_SIGN_OFF',
      annualTotalPence: 1_040_000,
      annualLaContributionPence: 1_040_000,
      annualPersonContributionPence: 0,
      effectiveFrom: day('2025-06-01'),
    },
  });
  const review = (dueDate: string) =>
    db.review.create({ data: { ...person, reason: 'PLANNED', dueDate: day(dueDate) } });
  const overdue = await review('2025-05-20');
  const later = await review('2025-09-30');
  return {
    draftId,
    submittedId,
    requestId: request.id,
    assessmentId: assessment.id,
    reviewIds: [overdue.id, later.id],
    budgetId: awaiting.id,
  };
}

async function recordDeath(deathDate: string) {
  const worker = await server.tokenFor({
    councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: STAFF.socialWorker.subject,
  });
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${worker}` },
    body: JSON.stringify({
      query: /* GraphQL */ `
        mutation ($input: RecordDeathInput!) {
          recordDeath(input: $input) { __typename ... on Error { code } }
        }`,
      variables: { input: { personId: globalId('Person', personId), deathDate } },
    }),
  });
  return ((await response.json()) as { data: { recordDeath: { __typename: string } } }).data
    .recordDeath;
}

/** The rows the cascade's new parts change. */
async function openEventRows(ids: Awaited<ReturnType<typeof openPathway>>) {
  const { db } = server;
  return Promise.all([
    db.supportPlan.findMany({
      where: { id: { in: [ids.draftId, ids.submittedId] } },
      select: { status: true, endDate: true, lines: { select: { status: true } } },
      orderBy: { version: 'asc' },
    }),
    db.request.findUniqueOrThrow({ where: { id: ids.requestId } }),
    db.assessment.findUniqueOrThrow({ where: { id: ids.assessmentId } }),
    db.review.findMany({ where: { id: { in: ids.reviewIds } }, orderBy: { dueDate: 'asc' } }),
    db.personalBudget.findUniqueOrThrow({
      where: { id: ids.budgetId },
      select: { status: true, effectiveTo: true, withdrawalReason: true },
    }),
  ]);
}

describe('recordDeath closes what is still open', () => {
  it('refuses a death before the open assessment started, and changes none of it', async () => {
    const ids = await openPathway();
    const before = await openEventRows(ids);
    expect(await recordDeath('2025-06-03')).toEqual({
      __typename: 'RuleViolationError',
      code: 'EVENT_AFTER_DEATH',
    });
    expect(await openEventRows(ids)).toEqual(before);
    expect(before[2].completedDate).toBeNull();

    // then the right date: everything closes on it
    expect((await recordDeath(DEATH)).__typename).toBe('MutationRecordDeathSuccess');
    const [plans, request, assessment, reviews, budget] = await openEventRows(ids);
    expect(plans).toEqual([
      // the draft was to start after the death: closed at its own start, never ran
      { status: 'WITHDRAWN', endDate: day('2025-07-01'), lines: [{ status: 'CANCELLED' }] },
      { status: 'WITHDRAWN', endDate: day(DEATH), lines: [{ status: 'CANCELLED' }] },
    ]);
    expect([iso(request.closedDate), request.outcome]).toEqual([DEATH, 'NFA_DECEASED']);
    expect([iso(assessment.completedDate), assessment.outcome]).toEqual([DEATH, 'NFA_DECEASED']);
    expect(reviews.map((review) => [iso(review.cancelledOn), review.cancellationReason])).toEqual([
      [DEATH, 'DECEASED'],
      [DEATH, 'DECEASED'],
    ]);
    expect(reviews.every((review) => review.completedDate === null)).toBe(true);
    // the budget awaiting sign-off can no longer be signed off (Care Act s26: a living adult)
    expect(budget).toEqual({
      status: 'WITHDRAWN',
      effectiveTo: day(DEATH),
      withdrawalReason: 'DECEASED',
    });

    // the cancelled reviews are no longer due
    const manager = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    // and the API says why the budget was withdrawn
    const withdrawn = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
      body: JSON.stringify({
        query:
          'query ($id: ID!) { node(id: $id) { ... on PersonalBudget { status withdrawalReason } } }',
        variables: { id: globalId('PersonalBudget', ids.budgetId) },
      }),
    });
    expect(await withdrawn.json()).toEqual({
      data: { node: { status: 'WITHDRAWN', withdrawalReason: 'DECEASED' } },
    });
    const due = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
      body: JSON.stringify({
        query: '{ reviewsDue(first: 50) { edges { node { id cancelledOn } } } }',
      }),
    });
    const dueIds = (
      (await due.json()) as { data: { reviewsDue: { edges: { node: { id: string } }[] } } }
    ).data.reviewsDue.edges.map((edge) => edge.node.id);
    for (const reviewId of ids.reviewIds)
      expect(dueIds).not.toContain(globalId('Review', reviewId));

    // and the CLD return has the request and the assessment ended on the date of death
    const csv = await fetch(`${server.url}/exports/cld.csv?from=2025-04-01&to=2025-06-30`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(csv.status).toBe(200);
    const rows = cldCsvRows(await csv.text());
    const byReference = (id: string) => rows.find((row) => row.Event_Reference === id);
    for (const id of [ids.requestId, ids.assessmentId]) {
      expect(byReference(id)).toMatchObject({
        Event_End_Date: DEATH,
        Event_Outcome: 'NFA - Deceased',
        Date_of_Death: DEATH,
      });
    }
    // reviews that never took place are no events; services of unagreed plans are none
    for (const id of ids.reviewIds) expect(byReference(id)).toBeUndefined();
    expect(rows.filter((row) => row.Event_Type === 'Review')).toEqual([]);
    expect(
      rows.filter(
        (row) => row.Event_Type === 'Service' && row.Event_Description?.startsWith('Draft'),
      ),
    ).toEqual([]);
  });
});
