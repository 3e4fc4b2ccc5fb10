import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../case-pathway/case-pathway-api.ts';
import { type ExportServer, startExportServer } from '../reporting/support/export-server.ts';
import { createCouncilWithStaff, STAFF } from '../support/fixtures.ts';
import { cldCsvRows } from './cld-csv-rows.ts';
import { openServicesOf } from './person-records-fixture.ts';

const DEATH = '2025-06-15';

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

describe('recordDeath and the CLD return', () => {
  it('closes each service at the date of death with outcome "NFA - Deceased" (R1 labels for 2025/26 Q1), leaving out the line that never ran', async () => {
    const { planId } = await openServicesOf(server.db, councilId, personId, staffId);
    const lines = await server.db.supportPlanLine.findMany({
      where: { planId },
      orderBy: { position: 'asc' },
    });

    const worker = await server.tokenFor({
      councilId,
      roles: ['QUALIFIED_SOCIAL_WORKER'],
      subject: STAFF.socialWorker.subject,
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${worker}` },
      body: JSON.stringify({
        query: 'mutation ($input: RecordDeathInput!) { recordDeath(input: $input) { __typename } }',
        variables: { input: { personId: globalId('Person', personId), deathDate: DEATH } },
      }),
    });
    expect(await response.json()).toEqual({
      data: { recordDeath: { __typename: 'MutationRecordDeathSuccess' } },
    });

    const manager = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const csv = await fetch(`${server.url}/exports/cld.csv?from=2025-04-01&to=2025-06-30`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(csv.status).toBe(200);
    const services = cldCsvRows(await csv.text()).filter((row) => row.Event_Type === 'Service');
    const byLine = (position: number) =>
      services.find((row) => row.Event_Reference === lines[position]?.id);
    for (const position of [0, 1]) {
      expect(byLine(position)).toMatchObject({
        Event_Start_Date: '2025-04-01',
        Event_End_Date: DEATH,
        Event_Outcome: 'NFA - Deceased',
        Date_of_Death: DEATH,
      });
    }
    // ended before the death, as planned
    expect(byLine(2)).toMatchObject({
      Event_End_Date: '2025-05-31',
      Event_Outcome: 'Service ended as planned',
    });
    // due to start after the death: cancelled, so not a service in the return
    expect(byLine(3)).toBeUndefined();
    expect(services).toHaveLength(3);
  });
});
