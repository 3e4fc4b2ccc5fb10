import type { SqlQuery } from '@openpb/db/sql-query';
import type { AuditActor } from '@openpb/graphql/audit/audit-rows-sql';
import type { AuditEntry } from '@openpb/graphql/audit/audit-trail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntries } from '../src/audit/audit-log-writer.ts';
import { createCouncilWithStaff, STAFF } from './support/fixtures.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

/**
 * Audit rows of requests that finish together are written by one INSERT (group commit), and each
 * response still waits until its own rows are stored. The grouping is shown by holding the first
 * INSERT until the others are queued, not by hoping that requests overlap in time.
 */
let t: TestApi;
let token: string;
let councilId: string;

beforeAll(async () => {
  t = await startTestApi();
  ({ councilId } = await createCouncilWithStaff(t.db));
  token = await t.tokenFor({
    councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: STAFF.socialWorker.subject,
  });
});

afterAll(() => t.close());

const auditInserts = () => t.statements.filter((sql) => /^INSERT INTO audit_log/.test(sql));

const read = (operation: string): AuditEntry => ({
  kind: 'READ',
  operation,
  entity: null,
  entityIds: [],
  outcome: 'SUCCESS',
});

const stored = (operation: string) => t.db.auditLogEntry.count({ where: { operation } });

describe('audit log group commit', () => {
  it('writes the rows appended while an INSERT is in flight in the next one, each promise settling after its own', async () => {
    const query = t.databases.forCouncil(councilId).query;
    const actor: AuditActor = { councilId, subject: STAFF.socialWorker.subject };
    const rowsPerInsert: number[] = [];
    let inFlight!: () => void;
    const firstStarted = new Promise<void>((resolve) => {
      inFlight = resolve;
    });
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    // the real statements, the first held back until the test lets it go
    const held: SqlQuery = async (text, values, prepareAs) => {
      // one array per column: the first, the rows' councils, has one value a row
      rowsPerInsert.push((values[0] as unknown[]).length);
      if (rowsPerInsert.length === 1) {
        inFlight();
        await firstHeld;
      }
      return query(text, values, prepareAs);
    };
    const settled: string[] = [];
    const append = (operation: string) =>
      appendAuditEntries(held, actor, [read(operation)]).then(() => settled.push(operation));

    const first = append('GroupFirst');
    await firstStarted;
    const later = Array.from({ length: 9 }, (_, index) => append(`GroupLater${index}`));
    expect(settled).toEqual([]);
    releaseFirst();
    await first;
    expect(await stored('GroupFirst')).toBe(1);
    await Promise.all(later);
    expect(rowsPerInsert).toEqual([1, 9]);
    expect(settled[0]).toBe('GroupFirst');
    for (let index = 0; index < 9; index++) expect(await stored(`GroupLater${index}`)).toBe(1);
  });

  it('stores each of ten concurrent reads’ rows before its response', async () => {
    const before = await t.db.auditLogEntry.count();
    t.resetStatements();
    const answered = await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const response = await t.graphql(
          `query Concurrent${index} { people(first: 5) { edges { node { givenName } } } }`,
          { token },
        );
        // by the time the response is here, its audit row is stored
        const rows = await t.db.auditLogEntry.count({
          where: { operation: `Concurrent${index}`, kind: 'READ', entity: 'Person' },
        });
        return { status: response.status, stored: rows };
      }),
    );
    expect(answered).toEqual(Array.from({ length: 10 }, () => ({ status: 200, stored: 1 })));
    expect(await t.db.auditLogEntry.count()).toBe(before + 10);
    expect(auditInserts().length).toBeGreaterThanOrEqual(1);
  });

  it('writes a lone request’s rows at once, in one INSERT', async () => {
    t.resetStatements();
    await t.graphql('query Alone { people(first: 5) { edges { node { givenName } } } }', { token });
    expect(auditInserts()).toHaveLength(1);
    expect(await stored('Alone')).toBe(1);
  });
});
