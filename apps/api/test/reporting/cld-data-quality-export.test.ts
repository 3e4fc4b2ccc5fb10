import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { addCldEvents, PERIOD } from './support/cld-events-fixture.ts';
import { type ExportServer, startExportServer } from './support/export-server.ts';

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
  // blanks the checks find on every event of the person
  await server.db.person.update({
    where: { id: events.personId },
    data: { nhsNumber: null, gpPracticeName: null },
  });
});
afterAll(() => server?.close());

describe('cld-data-quality.csv', () => {
  it('has every row of cldDataQuality for the period, in its order, and is audited', async () => {
    const subject = 'staff:export-quality';
    const token = await server.tokenFor({ councilId, roles: ['AUDITOR'], subject });
    const query = `from=${PERIOD.from}&to=${PERIOD.to}`;
    const response = await fetch(`${server.url}/exports/cld-data-quality.csv?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('event_type,event_reference,rule,field,severity,message');

    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($from: Date!, $to: Date!) { cldDataQuality(from: $from, to: $to, first: 100) {
          edges { node { eventType eventReference rule field severity } } } }`,
        variables: PERIOD,
      }),
    });
    const body = (await graphql.json()) as {
      data: { cldDataQuality: { edges: { node: Record<string, string> }[] } };
    };
    const expected = body.data.cldDataQuality.edges.map(({ node }) =>
      [node.eventType, node.eventReference, node.rule, node.field, node.severity].join(','),
    );
    expect(expected.length).toBeGreaterThan(2);
    // the message may hold commas (quoted): compare the first five cells
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 5).join(','))).toEqual(expected);

    const audit = await server.db.auditLogEntry.findMany({ where: { actorSubject: subject } });
    expect(audit.map((row) => [row.kind, row.operation, row.outcome])).toEqual([
      [
        'READ',
        `GET /exports/cld-data-quality.csv from=${PERIOD.from} to=${PERIOD.to} release=R1`,
        `OK rows=${expected.length}`,
      ],
    ]);
  });
});
