import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { addCarerAssessment } from './support/cld-carer-fixture.ts';
import { addCldEvents, PERIOD } from './support/cld-events-fixture.ts';
import { type ExportServer, startExportServer } from './support/export-server.ts';

let server: ExportServer;
let councilId: string;
let events: Awaited<ReturnType<typeof addCldEvents>>;
let otherCouncilId: string;
let carerAssessmentId: string;
let caredForIds: string[];

beforeAll(async () => {
  // two rows per cursor read, so that the export takes several reads
  server = await startExportServer({ batchSize: 2 });
  const setup = await createCouncilWithStaff(server.db);
  councilId = setup.councilId;
  events = await addCldEvents(server.db, { councilId, staffId: setup.staffIds.socialWorker });
  const db = server.db;
  await db.person.update({
    where: { id: events.personId },
    data: {
      gpPracticeCode: 'Y01234',
      gpPracticeName: 'Eastmarsh Surgery',
      autism: true,
      dementia: false,
    },
  });
  await db.supportPlanLine.update({
    where: { id: events.serviceIds[0] },
    data: { providerCqcLocationId: '1-101234567', providerCqcLocationName: 'Eastmarsh Home Care' },
  });
  const carer = await addCarerAssessment(db, {
    councilId,
    staffId: setup.staffIds.socialWorker,
    caredForPersonId: events.personId,
  });
  carerAssessmentId = carer.assessmentId;
  caredForIds = carer.caredForLaPersonIds;
  const other = await server.db.council.create({
    data: { laCode: '998', name: 'Other Council', region: 'London' },
  });
  otherCouncilId = other.id;
  const otherStaff = await server.db.staffMember.create({
    data: {
      councilId: other.id,
      subject: 'staff:o',
      name: 'O',
      team: 'T',
      jobTitle: 'SW',
      qualification: 'REGISTERED_SOCIAL_WORKER',
      approvalLevel: 'TEAM',
    },
  });
  await addCldEvents(server.db, { councilId: other.id, staffId: otherStaff.id });
});

afterAll(async () => {
  await server?.close();
});

async function exportCsv(query: string, token: string | null) {
  return fetch(`${server.url}/exports/cld.csv?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** Parses the test's CSV (no quoted line breaks in it) into objects by header. */
function parse(csv: string): Record<string, string>[] {
  const lines = csv.split('\r\n').filter(Boolean);
  const split = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map(([, field = '']) =>
        field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field,
      );
  const [header = '', ...rows] = lines;
  const names = split(header);
  return rows.map((row) => Object.fromEntries(split(row).map((value, i) => [names[i], value])));
}

describe('GET /exports/cld.csv', () => {
  it('streams one row per event of the period in R2 labels, scoped to the caller’s council', async () => {
    const token = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const response = await exportCsv(`from=${PERIOD.from}&to=${PERIOD.to}&release=R2`, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await response.text();
    const header = text.split('\r\n')[0]?.split(',');
    expect(header).toHaveLength(48);
    expect(header?.slice(0, 7)).toEqual([
      'LA_Code',
      'Reporting_Period_Start_Date',
      'Reporting_Period_End_Date',
      'NHS_Number',
      'LA_Person_Unique_Identifier',
      'GP_Practice_Name',
      'GP_Practice_Code',
    ]);
    const rows = parse(text);
    // the request, the assessment, two service lines (the cancelled one is left out) and the review
    expect(rows.map((row) => [row.Event_Type, row.Event_Reference])).toEqual([
      ['Request', events.requestId],
      ['Assessment', events.assessmentId],
      // the carer's, made after (ids are time-ordered)
      ['Assessment', carerAssessmentId],
      ...[...events.serviceIds].sort().map((id) => ['Service', id]),
      ['Review', events.reviewId],
    ]);
    expect(rows.every((row) => row.LA_Code === '990')).toBe(true);
    const dp = rows.find((row) => row.Event_Reference === events.serviceIds[0]);
    expect(dp).toMatchObject({
      Client_Type: 'Service user',
      Primary_Support_Reason: expect.stringMatching(/learning disability/i),
      Service_Type: 'Long term support: Community',
      Service_Component: 'Direct payment',
      Delivery_Mechanism: 'Direct payment',
      Unit_Cost: '21.50',
      Cost_Frequency_Unit_Type: 'Hourly',
      Planned_units_per_week: '10.50',
      Event_Start_Date: '2025-02-10',
      Event_End_Date: '',
      Event_Outcome: 'Continuation of support or services',
      Event_Description: expect.any(String),
      GP_Practice_Code: 'Y01234',
      GP_Practice_Name: 'Eastmarsh Surgery',
      Autism_Spectrum_Disorder_ASD: 'Yes',
      Dementia: 'No',
      Visual_Impairment: '',
      Provider_CQC_Location_ID: '1-101234567',
      Provider_CQC_Location_Name: 'Eastmarsh Home Care',
      Reporting_Period_Start_Date: PERIOD.from,
      Reporting_Period_End_Date: PERIOD.to,
    });
    expect(rows[0]).toMatchObject({
      Request_Route_of_Access: 'Community/Other route',
      Date_of_Birth: '1995-02-01',
    });
    expect(rows.at(-1)).toMatchObject({
      Review_Reason: 'Planned',
      Review_Outcomes_Achieved: 'Fully Met',
    });
  });

  it('writes an unpaid carer’s hours, adults cared for and their LA person ids', async () => {
    const token = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const rows = parse(
      await (await exportCsv(`from=${PERIOD.from}&to=${PERIOD.to}`, token)).text(),
    );
    expect(rows.find((row) => row.Event_Reference === carerAssessmentId)).toMatchObject({
      Client_Type: 'Carer',
      Total_Hrs_Caring_per_week: '35.50',
      No_of_adults_being_cared_for: '2',
      Adult_1_Linked_Person_ID: caredForIds[0],
      Adult_2_Linked_Person_ID: caredForIds[1],
      Adult_3_Linked_Person_ID: '',
    });
  });

  it('uses R1 labels for a Release 1 period, by default as on request', async () => {
    const token = await server.tokenFor({ councilId, roles: ['AUDITOR'] });
    const byDefault = await (await exportCsv(`from=${PERIOD.from}&to=${PERIOD.to}`, token)).text();
    const rows = parse(
      await (await exportCsv(`from=${PERIOD.from}&to=${PERIOD.to}&release=R1`, token)).text(),
    );
    expect(parse(byDefault)).toEqual(rows);
    const dp = rows.find((row) => row.Event_Reference === events.serviceIds[0]);
    expect(dp).toMatchObject({
      Client_Type: 'Service User',
      Service_Type: 'Long Term Support: Community',
      Delivery_Mechanism: 'Direct Payment',
    });
    expect(rows[0]?.Event_Outcome).toBe('Progress to Assessment');
  });

  it('refuses callers without a valid token (401) or a reporting role (403)', async () => {
    const query = `from=${PERIOD.from}&to=${PERIOD.to}`;
    const anonymous = await exportCsv(query, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await exportCsv(query, 'not-a-token')).status).toBe(401);
    const worker = await server.tokenFor({
      councilId,
      roles: ['QUALIFIED_SOCIAL_WORKER', 'FINANCE_OFFICER'],
    });
    expect((await exportCsv(query, worker)).status).toBe(403);
  });

  it('refuses a bad period or release (400)', async () => {
    const token = await server.tokenFor({ councilId: otherCouncilId, roles: ['COUNCIL_ADMIN'] });
    for (const query of [
      'from=2025-01-01',
      'from=2025-04-01&to=2025-03-31',
      `from=${PERIOD.from}&to=${PERIOD.to}&release=R3`,
      // Release 1 does not apply to a period ending after September 2025
      'from=2025-10-01&to=2025-12-31&release=R1',
    ]) {
      const response = await exportCsv(query, token);
      expect(response.status).toBe(400);
      expect(await response.json()).toHaveProperty('error');
    }
  });

  it('gives only a header for a period with no events', async () => {
    const token = await server.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'] });
    const text = await (await exportCsv('from=2020-01-01&to=2020-03-31', token)).text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
