import { Prisma } from '@openpb/db/client';
import { personDetailAsAtSql } from '@openpb/db/reporting/person-detail-as-at-sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  ERROR_FIELDS,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from '../case-pathway/case-pathway-api.ts';

const CHANGE = /* GraphQL */ `
  mutation Change($input: ChangePersonDetailsInput!) {
    changePersonDetails(input: $input) {
      __typename
      ... on MutationChangePersonDetailsSuccess {
        person {
          postcode accommodationStatus gpPracticeCode gpPracticeName autism dementia hasUnpaidCarer
          employmentStatus
          detailHistory(first: 20) { edges { node { field value previousValue effectiveFrom } } }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & { person?: Record<string, unknown> };

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi('2025-06-30');
});
afterAll(() => api.t.close());

const change = (personId: string, input: Record<string, unknown>) =>
  api.mutate<Result>('changePersonDetails', CHANGE, {
    personId: globalId('Person', personId),
    ...input,
  });

/** The postcode as at a date, as reports read it (SQL). */
async function postcodeAsAt(personId: string, date: string) {
  const [row] = await api.t.db.$queryRaw<{ value: string | null }[]>`
    SELECT ${personDetailAsAtSql(Prisma.sql`person.id`, 'POSTCODE', Prisma.sql`${date}`, Prisma.sql`person.postcode`)} AS value
      FROM person WHERE person.id = ${personId}::uuid`;
  return row?.value;
}

describe('changePersonDetails', () => {
  it('changes details from a date, keeping each value as it was for reports as at earlier dates', async () => {
    const personId = await api.newPerson({ postcode: 'EM1 2AB' });
    const moved = await change(personId, {
      effectiveFrom: '2025-03-01',
      postcode: 'ls2 7hy',
      accommodationStatus: 'TENANT_PRIVATE_LANDLORD',
      gpPractice: { code: 'b86001', name: 'Leeds Central' },
      autism: true,
    });
    expect(moved).toMatchObject({
      __typename: 'MutationChangePersonDetailsSuccess',
      person: {
        postcode: 'LS2 7HY',
        accommodationStatus: 'TENANT_PRIVATE_LANDLORD',
        gpPracticeCode: 'B86001',
        gpPracticeName: 'Leeds Central',
        autism: true,
      },
    });
    // a backdated move slots in before the later one and leaves today's postcode alone
    const backdated = await change(personId, { effectiveFrom: '2025-01-10', postcode: 'EM9 9ZZ' });
    expect(backdated.person?.postcode).toBe('LS2 7HY');
    expect(await postcodeAsAt(personId, '2025-01-09')).toBe('EM1 2AB');
    expect(await postcodeAsAt(personId, '2025-02-01')).toBe('EM9 9ZZ');
    expect(await postcodeAsAt(personId, '2025-03-01')).toBe('LS2 7HY');
    const history = await api.t.db.personDetailHistory.findMany({
      where: { personId, field: 'POSTCODE' },
      orderBy: { effectiveFrom: 'asc' },
    });
    expect(history.map((row) => [row.value, row.previousValue])).toEqual([
      ['EM9 9ZZ', 'EM1 2AB'],
      ['LS2 7HY', 'EM9 9ZZ'],
    ]);
    // a person without changes reads their own value at any date
    const unchanged = await api.newPerson({ postcode: 'EM3 3CC' });
    expect(await postcodeAsAt(unchanged, '2020-01-01')).toBe('EM3 3CC');
  });

  it('clears details that are no longer known', async () => {
    const personId = await api.newPerson({
      employmentStatus: 'PAID_16_OR_MORE_HOURS',
      dementia: true,
    });
    const cleared = await change(personId, {
      effectiveFrom: '2025-04-01',
      clear: ['EMPLOYMENT_STATUS', 'DEMENTIA'],
    });
    expect(cleared.person).toMatchObject({ employmentStatus: null, dementia: null });
  });

  it('refuses a future date, a date before birth or after death, and bad codes, writing nothing', async () => {
    const personId = await api.newPerson({
      birthDate: new Date('1950-01-01T00:00:00Z'),
      deathDate: new Date('2025-05-01T00:00:00Z'),
    });
    const before = await api.t.db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(await change(personId, { effectiveFrom: '2025-07-01', autism: true })).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'effectiveFrom'],
    });
    expect(await change(personId, { effectiveFrom: '1949-01-01', autism: true })).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'DATE_BEFORE_BIRTH',
    });
    expect(await change(personId, { effectiveFrom: '2025-05-02', autism: true })).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'EVENT_AFTER_DEATH',
    });
    expect(
      await change(personId, {
        effectiveFrom: '2025-04-01',
        gpPractice: { code: '123', name: 'X' },
      }),
    ).toMatchObject({ __typename: 'ValidationError', path: ['input', 'gpPractice', 'code'] });
    expect(await api.t.db.person.findUniqueOrThrow({ where: { id: personId } })).toEqual(before);
    expect(await api.t.db.personDetailHistory.count({ where: { personId } })).toBe(0);
  });
});
