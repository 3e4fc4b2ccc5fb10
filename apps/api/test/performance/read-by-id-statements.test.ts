import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/**
 * A read of a person by id is one SQL statement, its audit row included (D105): the answer and
 * the READ row are stored together, with no INSERT after it. Counts and rows, never timings.
 */
const PERSON_BY_ID =
  'query PersonById($id: ID!) { node(id: $id) { id ... on Person { givenName familyName } } }';

let t: TestApi;
let token: string;
let personId: string;
const subject = 'staff:read-by-id-test';

beforeAll(async () => {
  t = await startTestApi();
  await seedSyntheticData(t.db, { scale: 'small', seed: 1 });
  token = await t.tokenFor({ councilId: DEMO_COUNCIL.id, subject, roles: ['TEAM_MANAGER'] });
  const person = await t.db.person.findFirstOrThrow({
    where: { councilId: DEMO_COUNCIL.id },
    orderBy: { id: 'asc' },
  });
  personId = person.id;
});

afterAll(() => t.close());

/** The read's answer, the statements it ran and the audit rows it wrote. */
async function read(id: string) {
  const [last] = await t.db.auditLogEntry.findMany({ orderBy: { id: 'desc' }, take: 1 });
  t.resetStatements();
  const response = await t.graphql<{ node: { givenName: string } | null }>(PERSON_BY_ID, {
    token,
    variables: { id },
  });
  const statements = [...t.statements];
  const audited = await t.db.auditLogEntry.findMany({
    where: { id: { gt: last?.id ?? 0n }, actorSubject: subject },
    orderBy: { id: 'asc' },
  });
  return { ...response, statements, audited };
}

describe('a person by id (D105)', () => {
  it('is answered and audited in one statement', async () => {
    await read(globalId('Person', personId));
    const { body, statements, audited } = await read(globalId('Person', personId));
    expect(body.errors).toBeUndefined();
    expect(body.data?.node?.givenName).toEqual(expect.any(String));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^WITH answer AS MATERIALIZED/);
    expect(audited).toMatchObject([
      {
        councilId: DEMO_COUNCIL.id,
        actorSubject: subject,
        kind: 'READ',
        operation: 'PersonById',
        entity: 'Person',
        entityIds: [personId],
        outcome: 'OK',
      },
    ]);
  });

  it('writes no READ row for a person the council does not have', async () => {
    const missing = '0194a1b2-0000-7000-8000-00000000beef';
    const { body, audited } = await read(globalId('Person', missing));
    expect(body.data?.node).toBeNull();
    expect(audited.filter((row) => row.kind === 'READ')).toEqual([]);
  });
});
