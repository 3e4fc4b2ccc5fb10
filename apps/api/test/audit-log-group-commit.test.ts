import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, STAFF } from './support/fixtures.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

/**
 * Audit rows of requests that finish together are written by one INSERT (group commit), and each
 * response still waits until its own rows are stored.
 */
let t: TestApi;
let token: string;

beforeAll(async () => {
  t = await startTestApi();
  const { councilId } = await createCouncilWithStaff(t.db);
  token = await t.tokenFor({
    councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: STAFF.socialWorker.subject,
  });
});

afterAll(() => t.close());

const auditInserts = () => t.statements.filter((sql) => /^INSERT INTO audit_log/.test(sql));

describe('audit log group commit', () => {
  it('stores the rows of ten concurrent reads in fewer INSERTs, each before its response', async () => {
    const before = await t.db.auditLogEntry.count();
    t.resetStatements();
    const answered = await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const response = await t.graphql(
          `query Concurrent${index} { people(first: 5) { edges { node { givenName } } } }`,
          { token },
        );
        // by the time the response is here, its audit row is stored
        const stored = await t.db.auditLogEntry.count({
          where: { operation: `Concurrent${index}`, kind: 'READ', entity: 'Person' },
        });
        return { status: response.status, stored };
      }),
    );
    expect(answered).toEqual(Array.from({ length: 10 }, () => ({ status: 200, stored: 1 })));
    expect(await t.db.auditLogEntry.count()).toBe(before + 10);
    expect(auditInserts().length).toBeGreaterThanOrEqual(1);
    expect(auditInserts().length).toBeLessThan(10);
  });

  it('writes a lone request’s rows at once, in one INSERT', async () => {
    t.resetStatements();
    await t.graphql('query Alone { people(first: 5) { edges { node { givenName } } } }', { token });
    expect(auditInserts()).toHaveLength(1);
    expect(await t.db.auditLogEntry.count({ where: { operation: 'Alone' } })).toBe(1);
  });
});
