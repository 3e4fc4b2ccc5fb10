import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { PERIOD } from './support/cld-events-fixture.ts';
import { addCompleteCldEvent, addCouncil } from './support/complete-cld-event.ts';

const READINESS = /* GraphQL */ `
  query Readiness($from: Date!, $to: Date!, $release: CldRelease) {
    cldSubmissionReadiness(from: $from, to: $to, release: $release) {
      release
      canSubmit
      events
      eventsWithErrors
      errors
      warnings
      blockedBy { field rule severity failures }
      warnedBy { field rule severity failures }
    }
  }
`;

type Count = { field: string; rule: string; severity: string; failures: number };
type Result = {
  cldSubmissionReadiness: {
    release: string;
    canSubmit: boolean;
    events: number;
    eventsWithErrors: number;
    errors: number;
    warnings: number;
    blockedBy: Count[];
    warnedBy: Count[];
  };
};

let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
});

afterAll(async () => {
  await t?.close();
});

async function readiness(councilId: string, variables: Record<string, unknown> = {}) {
  const token = await t.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'] });
  return t.graphql<Result>(READINESS, { token, variables: { ...PERIOD, ...variables } });
}

describe('Query.cldSubmissionReadiness', () => {
  it('lets a period be submitted with warnings, and says which errors block it', async () => {
    const where = await addCouncil(t.db, '601');
    const service = await addCompleteCldEvent(t.db, where, 'SERVICE');
    await addCompleteCldEvent(t.db, where, 'REVIEW');

    const clean = await readiness(where.councilId);
    expect(clean.body.errors).toBeUndefined();
    expect(clean.body.data?.cldSubmissionReadiness).toEqual({
      release: 'R1',
      canSubmit: true,
      events: 2,
      eventsWithErrors: 0,
      errors: 0,
      warnings: 0,
      blockedBy: [],
      warnedBy: [],
    });

    // a commissioned copy of the direct-payment line: DHSC's year-long de-duplication merges them
    const { id: _id, ...line } = await t.db.supportPlanLine.findUniqueOrThrow({
      where: { id: service.eventReference },
    });
    await t.db.supportPlanLine.create({
      data: { ...line, position: 2, deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' },
    });
    const warned = (await readiness(where.councilId)).body.data?.cldSubmissionReadiness;
    expect(warned).toMatchObject({ canSubmit: true, errors: 0, warnings: 2, blockedBy: [] });
    expect(warned?.warnedBy).toEqual([
      {
        field: 'Delivery_Mechanism',
        rule: 'MERGED_DELIVERY_MECHANISMS',
        severity: 'WARNING',
        failures: 2,
      },
    ]);

    // a wrong check digit on the person of the two services
    await t.db.person.update({
      where: { id: service.personId },
      data: { nhsNumber: '9990000019' },
    });
    const blocked = (await readiness(where.councilId)).body.data?.cldSubmissionReadiness;
    expect(blocked).toMatchObject({ canSubmit: false, eventsWithErrors: 2, errors: 2 });
    expect(blocked?.blockedBy).toEqual([
      { field: 'NHS_Number', rule: 'NHS_NUMBER_CHECK_DIGIT', severity: 'ERROR', failures: 2 },
    ]);
  });

  it('reads person details as at each event, and warns where they differ between rows', async () => {
    const where = await addCouncil(t.db, '604');
    const service = await addCompleteCldEvent(t.db, where, 'SERVICE');
    // a review of the same person on 20 March 2025, after they moved on 1 March
    const reviewId = (await addCompleteCldEvent(t.db, where, 'REVIEW')).eventReference;
    await t.db.review.update({ where: { id: reviewId }, data: { personId: service.personId } });
    await t.db.person.update({ where: { id: service.personId }, data: { postcode: 'EM9 9ZZ' } });
    await t.db.personDetailHistory.create({
      data: {
        councilId: where.councilId,
        personId: service.personId,
        field: 'POSTCODE',
        value: 'EM9 9ZZ',
        previousValue: 'EM1 2AB',
        effectiveFrom: new Date('2025-03-01T00:00:00Z'),
        recordedBySubject: 'staff:test',
      },
    });
    const result = (await readiness(where.councilId)).body.data?.cldSubmissionReadiness;
    // the open service is as at the period's end (the new postcode), the review too: no difference
    expect(result).toMatchObject({ canSubmit: true, warnings: 0 });
    // the line ends before the move: its row keeps the old postcode
    await t.db.supportPlanLine.update({
      where: { id: service.eventReference },
      data: { endDate: new Date('2025-02-20T00:00:00Z'), status: 'ENDED' },
    });
    const moved = (await readiness(where.councilId)).body.data?.cldSubmissionReadiness;
    expect(moved).toMatchObject({ canSubmit: true, errors: 0, warnings: 2 });
    expect(moved?.warnedBy).toEqual([
      { field: 'Postcode', rule: 'PERSON_DETAILS_DIFFER', severity: 'WARNING', failures: 2 },
    ]);
  });

  it('checks a Release 2 period in Release 2, and refuses Release 1 for it', async () => {
    const where = await addCouncil(t.db, '602');
    const r2 = await readiness(where.councilId, { from: '2025-10-01', to: '2025-12-31' });
    expect(r2.body.data?.cldSubmissionReadiness).toMatchObject({ release: 'R2', canSubmit: true });
    const r1 = await readiness(where.councilId, {
      from: '2025-10-01',
      to: '2025-12-31',
      release: 'R1',
    });
    expect(r1.body.errors?.[0]?.message).toBe(
      'Release 1 does not apply to this period: use Release 2',
    );
  });

  it('is for reporting roles only', async () => {
    const where = await addCouncil(t.db, '603');
    const token = await t.tokenFor({ councilId: where.councilId, roles: ['CARE_COORDINATOR'] });
    const { body } = await t.graphql<Result>(READINESS, { token, variables: { ...PERIOD } });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
