// D60: a service user who becomes an unpaid carer (changePersonDetails, clientType) is still a
// service user for a report as at a date before the change — ASCOF 3D's cohorts and the CLD
// return's Client_Type (and Primary_Support_Reason) read the value as it was, never today's.
import type { StaffRole } from '@openpb/graphql/context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../case-pathway/case-pathway-api.ts';
import { type ExportServer, startExportServer } from '../reporting/support/export-server.ts';
import { addPerson, addPersonalBudget, addPlan } from '../reporting/support/reporting-fixtures.ts';
import { createCouncilWithStaff, STAFF } from '../support/fixtures.ts';
import { cldCsvRows } from './cld-csv-rows.ts';

const CHANGED_ON = '2025-05-01';

let server: ExportServer;
let councilId: string;
let personId: string;

beforeAll(async () => {
  server = await startExportServer();
  const setup = await createCouncilWithStaff(server.db);
  councilId = setup.councilId;
  personId = await addPerson(server.db, councilId, {
    birthDate: '1950-01-15',
    primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
  });
  // long-term community support from April 2024, still open
  await addPlan(
    server.db,
    { councilId, personId, preparedById: setup.staffIds.socialWorker },
    {
      startDate: '2024-04-01',
      lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
    },
  );
  await addPersonalBudget(
    server.db,
    { councilId, personId },
    { status: 'SIGNED_OFF', effectiveFrom: '2024-04-01' },
  );
});
afterAll(async () => {
  await server?.close();
});

async function graphql<T>(query: string, variables: Record<string, unknown>, roles: StaffRole[]) {
  const token = await server.tokenFor({
    councilId,
    roles,
    ...(roles.includes('QUALIFIED_SOCIAL_WORKER') ? { subject: STAFF.socialWorker.subject } : {}),
  });
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  if (!body.data) throw new Error('no data');
  return body.data;
}

const serviceUsersOn = async (snapshotDate: string) =>
  (
    await graphql<{ ascof3d: { part1a: { dhsc: { total: { denominator: number } } } } }>(
      `query ($d: Date!) { ascof3d(snapshotDate: $d) { part1a { dhsc { total { denominator } } } } }`,
      { d: snapshotDate },
      ['TEAM_MANAGER'],
    )
  ).ascof3d.part1a.dhsc.total.denominator;

/** The primary support reasons of the council summary's average weekly budgets on a date. */
const summaryReasonsOn = async (asOf: string) =>
  (
    await graphql<{
      councilSummary: { averageWeeklyBudgetByReason: { primarySupportReason: string }[] };
    }>(
      `query ($d: Date!) {
        councilSummary(asOf: $d) { averageWeeklyBudgetByReason { primarySupportReason } }
      }`,
      { d: asOf },
      ['TEAM_MANAGER'],
    )
  ).councilSummary.averageWeeklyBudgetByReason.map((row) => row.primarySupportReason);

/** The person's CLD rows' Client_Type and Primary_Support_Reason for a period. */
async function cldPersonFields(from: string, to: string) {
  const token = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
  const response = await fetch(`${server.url}/exports/cld.csv?from=${from}&to=${to}&release=R2`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return cldCsvRows(await response.text()).map((row) => [
    row.Client_Type,
    row.Primary_Support_Reason,
  ]);
}

describe('client type and primary support reason as they were', () => {
  it('counts the person as a service user before they became a carer, and not after', async () => {
    expect(await serviceUsersOn('2025-03-31')).toBe(1);
    expect(await cldPersonFields('2025-01-01', '2025-03-31')).toEqual([
      ['Service user', 'Physical support: Personal care support'],
    ]);

    const changed = await graphql<{
      changePersonDetails: { __typename: string; person?: { clientType: string } };
    }>(
      `mutation ($input: ChangePersonDetailsInput!) {
        changePersonDetails(input: $input) {
          __typename
          ... on MutationChangePersonDetailsSuccess { person { clientType } }
        }
      }`,
      {
        input: {
          personId: globalId('Person', personId),
          effectiveFrom: CHANGED_ON,
          clientType: 'CARER',
          primarySupportReason: 'MEMORY_AND_COGNITION',
        },
      },
      ['QUALIFIED_SOCIAL_WORKER'],
    );
    expect(changed.changePersonDetails).toEqual({
      __typename: 'MutationChangePersonDetailsSuccess',
      person: { clientType: 'CARER' },
    });

    // the past is as it was: a service user with personal care support on 31 March 2025
    expect(await serviceUsersOn('2025-03-31')).toBe(1);
    expect(await cldPersonFields('2025-01-01', '2025-03-31')).toEqual([
      ['Service user', 'Physical support: Personal care support'],
    ]);
    expect(await summaryReasonsOn('2025-03-31')).toEqual(['PHYSICAL_PERSONAL_CARE']);
    // and from the change on, an unpaid carer (no longer in the service users' cohort)
    expect(await serviceUsersOn('2025-09-30')).toBe(0);
    expect(await cldPersonFields('2025-07-01', '2025-09-30')).toEqual([
      ['Unpaid carer', 'Support with memory and cognition'],
    ]);
    expect(await summaryReasonsOn('2025-09-30')).toEqual(['MEMORY_AND_COGNITION']);
  });
});
