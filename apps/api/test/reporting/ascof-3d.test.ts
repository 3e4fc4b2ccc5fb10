import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import {
  addLongTermAssessment,
  addPerson,
  addPersonalBudget,
  addPlan,
} from './support/reporting-fixtures.ts';

const ASCOF = /* GraphQL */ `
  query Ascof($snapshotDate: Date!, $yearStart: Date) {
    ascof3d(snapshotDate: $snapshotDate, yearStart: $yearStart) {
      snapshotDate yearStart
      part1a { ...Part } part2a { ...Part } part1b { ...Part } part2b { ...Part }
      personalBudgetCoverage { ...Ratio }
      differences { cohort kind people explanation }
    }
  }
  fragment Ratio on Ratio { numerator denominator percentage }
  fragment Figures on Ascof3dFigures { total { ...Ratio } age18To64 { ...Ratio } age65AndOver { ...Ratio } }
  fragment Part on Ascof3dPart { part dhsc { ...Figures } recorded { ...Figures } }
`;

const SNAPSHOT = '2025-03-31';
const ratio = (numerator: number, denominator: number, percentage: string | null) => ({
  numerator,
  denominator,
  percentage,
});
/** A part whose DHSC and recorded figures agree. */
const agreed = (part: string, figures: Record<string, unknown>) => ({
  part,
  dhsc: figures,
  recorded: figures,
});

let t: TestApi;
let councilId: string;
let otherCouncilId: string;

beforeAll(async () => {
  t = await startTestApi();
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  const staff = setup.staffIds.socialWorker;
  const person = (birthDate: string, extra: Parameters<typeof addPerson>[2] = { birthDate }) =>
    addPerson(t.db, councilId, { ...extra, birthDate });
  const plan = async (personId: string, spec: Parameters<typeof addPlan>[2]) =>
    addPlan(t.db, { councilId, personId, preparedById: staff }, spec);

  // A, 55: a direct payment and a commissioned line → counted once, community DP
  const a = await person('1970-05-01');
  await plan(a, {
    lines: [
      {
        serviceType: 'LT_COMMUNITY',
        deliveryMechanism: 'DIRECT_PAYMENT',
        serviceComponent: 'DIRECT_PAYMENT',
      },
      { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' },
    ],
  });
  // B, 85: commissioned community support only
  const b = await person('1940-01-01');
  await plan(b, {
    lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
  });
  // C, 75: a CASSR managed personal budget
  const c = await person('1950-01-01');
  await plan(c, {
    lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_MANAGED_PERSONAL_BUDGET' }],
  });
  // D, 65 on the snapshot: a mechanism ASCOF does not know → denominator only
  const d = await person('1960-01-01');
  await plan(d, {
    lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'SELF_FUNDER_METERING_ONLY' }],
  });
  // E: died before the snapshot with a DP line still open → not counted
  const e = await person('1970-01-01', { birthDate: '', deathDate: '2025-03-01' });
  await plan(e, { lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }] });
  // F: in prison → not in the community denominator
  const f = await person('1980-01-01');
  await plan(f, {
    lines: [{ serviceType: 'LT_PRISON', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
  });
  // G: a nursing placement beats a community direct payment → not in the denominator
  const g = await person('1945-01-01');
  await plan(g, {
    lines: [
      { serviceType: 'LT_NURSING', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' },
      { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' },
    ],
  });
  // not counted: a draft plan, a line ended before the snapshot, a cancelled line, a child
  const h = await person('1970-01-01');
  await plan(h, {
    status: 'DRAFT',
    lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }],
  });
  await plan(h, {
    version: 2,
    lines: [
      {
        serviceType: 'LT_COMMUNITY',
        deliveryMechanism: 'DIRECT_PAYMENT',
        endDate: '2025-03-30',
        status: 'ENDED',
      },
      { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT', status: 'CANCELLED' },
    ],
  });
  const child = await person('2010-01-01');
  await plan(child, {
    lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }],
  });

  // carers in the year 2024-04-01..2025-03-31
  const carerDp = await person('1980-01-01', { birthDate: '', clientType: 'CARER' });
  await plan(carerDp, {
    status: 'ENDED',
    lines: [
      {
        serviceType: 'CARER_DIRECT',
        deliveryMechanism: 'DIRECT_PAYMENT',
        serviceComponent: 'CARER_RESPITE',
        endDate: '2024-10-01',
        status: 'ENDED',
      },
      {
        serviceType: 'CARER_DIRECT',
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
        endDate: '2024-10-01',
        status: 'ENDED',
      },
    ],
  });
  const carerCommissioned = await person('1950-01-01', { birthDate: '', clientType: 'CARER' });
  await plan(carerCommissioned, {
    lines: [{ serviceType: 'CARER_DIRECT', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
  });
  const carerViaCaredFor = await person('1950-01-01', { birthDate: '', clientType: 'CARER' });
  await plan(carerViaCaredFor, {
    lines: [{ serviceType: 'CARER_VIA_CARED_FOR', deliveryMechanism: 'DIRECT_PAYMENT' }],
  });
  const carerLastYear = await person('1950-01-01', { birthDate: '', clientType: 'CARER' });
  await plan(carerLastYear, {
    status: 'ENDED',
    lines: [
      {
        serviceType: 'CARER_DIRECT',
        deliveryMechanism: 'DIRECT_PAYMENT',
        endDate: '2024-03-31',
        status: 'ENDED',
      },
    ],
  });

  // Putting People First: A and B have eligible needs; only B has a signed-off budget in effect
  for (const personId of [a, b]) {
    await addLongTermAssessment(
      t.db,
      { councilId, personId, assessorId: staff },
      { completedDate: '2024-01-01', eligible: true },
    );
  }
  await addLongTermAssessment(
    t.db,
    { councilId, personId: c, assessorId: staff },
    { completedDate: '2024-01-01', eligible: false },
  );
  await addPersonalBudget(
    t.db,
    { councilId, personId: a },
    { status: 'PROPOSED', effectiveFrom: '2024-01-01' },
  );
  await addPersonalBudget(
    t.db,
    { councilId, personId: b },
    { status: 'SIGNED_OFF', effectiveFrom: '2024-01-01' },
  );
  await addPersonalBudget(
    t.db,
    { councilId, personId: c },
    { status: 'SIGNED_OFF', effectiveFrom: '2024-01-01' },
  );

  // another council: one community DP user
  const other = await t.db.council.create({
    data: { laCode: '998', name: 'Other Council', region: 'London' },
  });
  otherCouncilId = other.id;
  const otherStaff = await t.db.staffMember.create({
    data: {
      councilId: other.id,
      subject: 'staff:other',
      name: 'Other',
      team: 'T',
      jobTitle: 'SW',
      qualification: 'REGISTERED_SOCIAL_WORKER',
      approvalLevel: 'TEAM',
    },
  });
  const outsider = await addPerson(t.db, other.id, { birthDate: '1970-01-01' });
  await addPlan(
    t.db,
    { councilId: other.id, personId: outsider, preparedById: otherStaff.id },
    {
      lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }],
    },
  );
});

afterAll(async () => {
  await t?.close();
});

async function ascof(roles: Parameters<TestApi['tokenFor']>[0]['roles'], council = councilId) {
  const token = await t.tokenFor({ councilId: council, roles });
  return t.graphql<{ ascof3d: Record<string, unknown> }>(ASCOF, {
    token,
    variables: { snapshotDate: SNAPSHOT },
  });
}

describe('Query.ascof3d', () => {
  it('counts service users once at their top setting on the snapshot date (1a, 2a)', async () => {
    const { body } = await ascof(['TEAM_MANAGER']);
    expect(body.errors).toBeUndefined();
    const report = body.data?.ascof3d;
    expect(report).toMatchObject({ snapshotDate: SNAPSHOT, yearStart: '2024-04-01' });
    // community cohort: A (18–64, DP), B (65+, commissioned), C (65+, managed PB), D (65+, unknown)
    expect(report?.part1a).toEqual(
      agreed('1a', {
        total: ratio(2, 4, '50.0'),
        age18To64: ratio(1, 1, '100.0'),
        age65AndOver: ratio(1, 3, '33.3'),
      }),
    );
    expect(report?.part2a).toEqual(
      agreed('2a', {
        total: ratio(1, 4, '25.0'),
        age18To64: ratio(1, 1, '100.0'),
        age65AndOver: ratio(0, 3, '0.0'),
      }),
    );
    expect(report?.differences).toEqual([]);
  });

  it('counts carers supported in the year by the carer hierarchy (1b, 2b)', async () => {
    const { body } = await ascof(['AUDITOR']);
    const report = body.data?.ascof3d;
    // the DP carer (18–64) and the commissioned carer (65+); support via the cared-for person and
    // last year's carer are left out
    expect(report?.part1b).toEqual(
      agreed('1b', {
        total: ratio(1, 2, '50.0'),
        age18To64: ratio(1, 1, '100.0'),
        age65AndOver: ratio(0, 1, '0.0'),
      }),
    );
    expect(report?.part2b).toMatchObject({ dhsc: { total: ratio(1, 2, '50.0') } });
  });

  it('gives the Putting People First coverage of eligible people', async () => {
    const { body } = await ascof(['COUNCIL_ADMIN']);
    expect(body.data?.ascof3d.personalBudgetCoverage).toEqual(ratio(1, 2, '50.0'));
  });

  it('sees only the caller’s council, and null percentages for an empty carers’ cohort', async () => {
    const { body } = await ascof(['TEAM_MANAGER'], otherCouncilId);
    expect(body.data?.ascof3d).toMatchObject({
      part1a: { dhsc: { total: ratio(1, 1, '100.0') } },
      part1b: { dhsc: { total: ratio(0, 0, null) } },
      personalBudgetCoverage: ratio(0, 0, null),
    });
  });

  it('refuses staff without a reporting role, and callers without a token', async () => {
    const { body } = await ascof(['QUALIFIED_SOCIAL_WORKER', 'FINANCE_OFFICER']);
    expect(body.data?.ascof3d ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.graphql(ASCOF, { variables: { snapshotDate: SNAPSHOT } });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a year that starts after the snapshot', async () => {
    const token = await t.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const { body } = await t.graphql(ASCOF, {
      token,
      variables: { snapshotDate: SNAPSHOT, yearStart: '2025-04-01' },
    });
    expect(body.errors?.[0]?.message).toBe('The year starts after the snapshot date');
  });

  it('aggregates in PostgreSQL: a fixed number of statements whatever the cohort size', async () => {
    t.resetStatements();
    await ascof(['TEAM_MANAGER']);
    // one statement for the cross counts, one for the coverage; none per person
    const reporting = t.statements.filter((sql) => /support_plan_line|personal_budget/.test(sql));
    expect(reporting).toHaveLength(2);
  });
});
