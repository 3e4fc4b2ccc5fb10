import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  ERROR_FIELDS,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from '../case-pathway/case-pathway-api.ts';
import { deathRowsOf, openServicesOf } from './person-records-fixture.ts';

const RECORD_DEATH = /* GraphQL */ `
  mutation RecordDeath($input: RecordDeathInput!) {
    recordDeath(input: $input) {
      __typename
      ... on MutationRecordDeathSuccess { person { id deathDate } }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & { person?: { id: string; deathDate: string } };

const TODAY = '2025-06-30';
const DEATH = '2025-06-15';
const day = (date: string) => new Date(`${date}T00:00:00Z`);

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi(TODAY);
});
afterAll(() => api.t.close());

const recordDeath = (personId: string, deathDate: string, as?: string) =>
  api.mutate<Result>(
    'recordDeath',
    RECORD_DEATH,
    { personId: globalId('Person', personId), deathDate },
    as,
  );

const lastAudit = () =>
  api.t.db.auditLogEntry.findFirst({ where: { kind: 'WRITE' }, orderBy: { id: 'desc' } });

async function personWithServices(data: Parameters<CasePathwayApi['newPerson']>[0] = {}) {
  const personId = await api.newPerson(data);
  const services = await openServicesOf(
    api.t.db,
    api.councilId,
    personId,
    api.staffIds.socialWorker,
  );
  return { personId, ...services };
}

describe('recordDeath', () => {
  it('ends open services, the plan, the budget and the agreement at the date of death, and cancels later payments', async () => {
    const { personId, planId, budgetId, agreementId } = await personWithServices();
    const carer = await api.newPerson({ clientType: 'CARER' });
    const link = await api.t.db.carerLink.create({
      data: {
        councilId: api.councilId,
        carerPersonId: carer,
        caredForPersonId: personId,
        validFrom: day('2024-01-01'),
        recordedBySubject: 'staff:sw',
      },
    });

    const result = await recordDeath(personId, DEATH);
    expect(result).toMatchObject({
      __typename: 'MutationRecordDeathSuccess',
      person: { id: globalId('Person', personId), deathDate: DEATH },
    });

    const db = api.t.db;
    const lines = await db.supportPlanLine.findMany({
      where: { planId },
      orderBy: { position: 'asc' },
    });
    expect(lines.map((line) => [line.position, line.status, line.endDate])).toEqual([
      [0, 'ENDED', day(DEATH)],
      [1, 'ENDED', day(DEATH)],
      [2, 'ENDED', day('2025-05-31')],
      // due to start after the death: it never ran (CLD leaves cancelled events out)
      [3, 'CANCELLED', null],
    ]);
    expect(await db.supportPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({
      status: 'ENDED',
      endDate: day(DEATH),
    });
    expect(await db.personalBudget.findUniqueOrThrow({ where: { id: budgetId } })).toMatchObject({
      status: 'ENDED',
      effectiveTo: day(DEATH),
    });
    expect(
      await db.directPaymentAgreement.findUniqueOrThrow({ where: { id: agreementId } }),
    ).toMatchObject({ status: 'TERMINATED', endDate: day(DEATH), terminationReason: 'DECEASED' });
    const payments = await db.directPayment.findMany({
      where: { agreementId },
      orderBy: { sequence: 'asc' },
    });
    expect(payments.map((payment) => [payment.sequence, payment.status])).toEqual([
      [1, 'PAID'],
      [2, 'PAID'],
      // due before the death, for a period it falls in: the care before the death is paid for
      [3, 'SCHEDULED'],
      [4, 'CANCELLED'],
      [5, 'CANCELLED'],
    ]);
    expect(await db.carerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      validTo: day(DEATH),
    });
    expect(await lastAudit()).toMatchObject({
      kind: 'WRITE',
      actorSubject: 'staff:sw',
      operation: 'RecordDeath:Mutation.recordDeath',
      outcome: 'OK',
    });
  });

  it('refuses a second recording with InvalidState, changing nothing', async () => {
    const { personId } = await personWithServices();
    await recordDeath(personId, DEATH);
    const before = await deathRowsOf(api.t.db, personId);
    const again = await recordDeath(personId, '2025-06-01');
    expect(again).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      path: ['input', 'personId'],
    });
    expect(await deathRowsOf(api.t.db, personId)).toEqual(before);
    expect(await lastAudit()).toMatchObject({
      operation: 'RecordDeath:Mutation.recordDeath',
      outcome: 'INVALID_STATE',
    });
  });

  it('refuses a death in the future or before birth, and one before events on record, writing nothing', async () => {
    const { personId } = await personWithServices({ birthDate: day('1950-01-01') });
    const before = await deathRowsOf(api.t.db, personId);

    expect(await recordDeath(personId, '2025-07-01')).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'deathDate'],
    });
    expect(await recordDeath(personId, '1949-12-31')).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'DATE_BEFORE_BIRTH',
      path: ['input', 'deathDate'],
    });
    await api.t.db.review.create({
      data: {
        councilId: api.councilId,
        personId,
        reason: 'PLANNED',
        dueDate: day('2025-05-01'),
        completedDate: day('2025-05-02'),
      },
    });
    expect(await recordDeath(personId, '2025-04-30')).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'EVENT_AFTER_DEATH',
      path: ['input', 'deathDate'],
    });
    expect(await deathRowsOf(api.t.db, personId)).toEqual(before);
  });

  it('treats another council’s person as not found, and refuses roles outside case work', async () => {
    expect(await recordDeath(api.otherCouncilPersonId, DEATH)).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'personId'],
    });
    const { personId } = await personWithServices();
    const refused = await recordDeath(personId, DEATH, 'financeOfficer');
    expect(refused).toMatchObject({ __typename: 'ForbiddenError' });
    expect((await deathRowsOf(api.t.db, personId)).person.deathDate).toBeNull();
  });
});
