import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyCouncil, createCouncilWithStaff, globalId, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import {
  addAllocation,
  addOtherCouncil,
  addSafeguardingConcern,
  addStaff,
} from './support/operational-fixtures.ts';
import { addPerson } from './support/reporting-fixtures.ts';

const CASELOAD = /* GraphQL */ `
  query Caseload($asOf: Date) {
    caseloadByQualification(asOf: $asOf) { qualification workers openCases fte casesPerFte }
  }
`;

const UNQUALIFIED = /* GraphQL */ `
  query Unqualified($first: Int, $after: String, $asOf: Date) {
    complexCasesWithoutQualifiedWorker(first: $first, after: $after, asOf: $asOf) {
      edges {
        node {
          allocation { id fromDate } person { id } staffMember { id qualification }
          highComplexity openSafeguardingConcern
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface UnqualifiedPage {
  complexCasesWithoutQualifiedWorker: {
    edges: {
      node: {
        allocation: { id: string; fromDate: string };
        person: { id: string };
        staffMember: { id: string; qualification: string };
        highComplexity: boolean;
        openSafeguardingConcern: boolean;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const TODAY = '2025-06-30';
const EMPTY_COUNCIL = '00000000-0000-7000-8000-000000000001';

let t: TestApi;
let councilId: string;
let otherCouncilId: string;
const ids = {
  assistantHigh: '',
  assistantZeroFteSafeguarding: '',
  inactiveOfficerHigh: '',
};

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date(`${TODAY}T10:00:00Z`) });
  // the demo council's staff, all full time: social worker and team manager (REGISTERED_SOCIAL_WORKER),
  // CARE_COORDINATOR, DP_OFFICER and OTHER (the auditor)
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  await addEmptyCouncil(t.db);
  const person = () => addPerson(t.db, councilId, { birthDate: '1960-01-01' });
  const allocate = (staffId: string, personId: string, spec: Parameters<typeof addAllocation>[2]) =>
    addAllocation(t.db, { councilId, staffId, personId }, spec);

  const withConcern = await person();
  await addSafeguardingConcern(
    t.db,
    { councilId, personId: withConcern },
    { raisedDate: '2025-06-01' },
  );
  const concernClosed = await person();
  await addSafeguardingConcern(
    t.db,
    { councilId, personId: concernClosed },
    { raisedDate: '2025-03-01', closedDate: '2025-05-01' },
  );
  const concernLater = await person();
  await addSafeguardingConcern(
    t.db,
    { councilId, personId: concernLater },
    { raisedDate: '2025-07-05' },
  );

  // a half-time social work assistant: a HIGH case, a case whose concern is raised after today,
  // and a case that ended
  const assistant = await addStaff(t.db, councilId, {
    qualification: 'SOCIAL_WORK_ASSISTANT',
    fteHundredths: 50,
  });
  ids.assistantHigh = await allocate(assistant, await person(), {
    complexity: 'HIGH',
    fromDate: '2025-01-01',
  });
  await allocate(assistant, concernLater, { complexity: 'LOW' });
  await allocate(assistant, await person(), { complexity: 'MEDIUM', toDate: '2025-06-01' });
  // a social work assistant with zero FTE holding the person with an open concern
  const zeroFte = await addStaff(t.db, councilId, {
    qualification: 'SOCIAL_WORK_ASSISTANT',
    fteHundredths: 0,
  });
  ids.assistantZeroFteSafeguarding = await allocate(zeroFte, withConcern, {
    complexity: 'LOW',
    fromDate: '2025-02-01',
  });
  // the only occupational therapist has zero FTE: no cases per FTE, not a division by zero
  const therapist = await addStaff(t.db, councilId, {
    qualification: 'OCCUPATIONAL_THERAPIST',
    fteHundredths: 0,
  });
  await allocate(therapist, await person(), { complexity: 'MEDIUM' });
  // a registered social worker holding a HIGH case: qualified, not listed
  await allocate(setup.staffIds.socialWorker, await person(), { complexity: 'HIGH' });
  // the care coordinator: a concern closed before today, and a HIGH case that starts later
  await allocate(setup.staffIds.careCoordinator, concernClosed, { complexity: 'LOW' });
  await allocate(setup.staffIds.careCoordinator, await person(), {
    complexity: 'HIGH',
    fromDate: '2025-07-15',
  });
  // staff who left: with no cases they are not counted; with an open HIGH case they are
  await addStaff(t.db, councilId, { qualification: 'OTHER', active: false });
  const leaver = await addStaff(t.db, councilId, {
    qualification: 'SOCIAL_CARE_OFFICER',
    active: false,
  });
  ids.inactiveOfficerHigh = await allocate(leaver, await person(), {
    complexity: 'HIGH',
    fromDate: '2024-06-01',
  });
  // from 1 July the council also accepts social care officers for complex work
  await t.db.councilPolicy.create({
    data: {
      councilId,
      effectiveFrom: new Date('2025-07-01T00:00:00Z'),
      policy: {
        qualificationRules: {
          requireForHighComplexity: true,
          requireForSafeguarding: true,
          allowCountersignature: true,
          qualifyingQualifications: ['REGISTERED_SOCIAL_WORKER', 'SOCIAL_CARE_OFFICER'],
        },
      },
    },
  });

  const other = await addOtherCouncil(t.db);
  otherCouncilId = other.councilId;
  const outsiderWorker = await addStaff(t.db, other.councilId, { qualification: 'OTHER' });
  const outsider = await addPerson(t.db, other.councilId, { birthDate: '1960-01-01' });
  await addAllocation(
    t.db,
    { councilId: other.councilId, staffId: outsiderWorker, personId: outsider },
    { complexity: 'HIGH' },
  );
});

afterAll(async () => {
  await t?.close();
});

async function query<T>(text: string, variables: Record<string, unknown>, council = councilId) {
  // a subject on the council's staff already (every request needs one, docs/access.md), so the
  // caller adds no staff member to count; in the empty council the caller is its only one
  const subject = council === otherCouncilId ? 'staff:other' : STAFF.teamManager.subject;
  const token = await t.tokenFor({ councilId: council, roles: ['TEAM_MANAGER'], subject });
  return t.graphql<T>(text, { token, variables });
}

const row = (
  qualification: string,
  workers: number,
  openCases: number,
  fte: number,
  casesPerFte: number | null,
) => ({ qualification, workers, openCases, fte, casesPerFte });

describe('Query.caseloadByQualification', () => {
  it('counts open allocations per FTE for each qualification', async () => {
    const { body } = await query<{ caseloadByQualification: unknown[] }>(CASELOAD, {});
    expect(body.errors).toBeUndefined();
    expect(body.data?.caseloadByQualification).toEqual([
      row('CARE_COORDINATOR', 1, 1, 1, 1),
      row('DP_OFFICER', 1, 0, 1, 0),
      row('OCCUPATIONAL_THERAPIST', 1, 1, 0, null),
      row('OTHER', 1, 0, 1, 0),
      row('REGISTERED_SOCIAL_WORKER', 2, 1, 2, 0.5),
      row('SOCIAL_CARE_OFFICER', 1, 1, 1, 1),
      // 3 cases over 0.5 + 0 FTE
      row('SOCIAL_WORK_ASSISTANT', 2, 3, 0.5, 6),
    ]);
  });

  it('shows only the caller’s council, and in a council of no cases only its caller', async () => {
    const other = await query<{ caseloadByQualification: unknown[] }>(CASELOAD, {}, otherCouncilId);
    expect(other.body.data?.caseloadByQualification).toEqual([
      row('OTHER', 1, 1, 1, 1),
      row('REGISTERED_SOCIAL_WORKER', 1, 0, 1, 0),
    ]);
    const empty = await query<{ caseloadByQualification: unknown[] }>(CASELOAD, {}, EMPTY_COUNCIL);
    expect(empty.body.data?.caseloadByQualification).toEqual([row('OTHER', 1, 0, 1, 0)]);
  });

  it('refuses staff without a reporting role', async () => {
    const token = await t.tokenFor({ councilId, roles: ['QUALIFIED_SOCIAL_WORKER'] });
    const { body } = await t.graphql(CASELOAD, { token, variables: {} });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('Query.complexCasesWithoutQualifiedWorker', () => {
  const allocationIds = (page: UnqualifiedPage | undefined) =>
    page?.complexCasesWithoutQualifiedWorker.edges.map((edge) => edge.node.allocation.id);

  it('lists HIGH and safeguarding cases held by unqualified workers, longest held first', async () => {
    const { body } = await query<UnqualifiedPage>(UNQUALIFIED, {});
    expect(body.errors).toBeUndefined();
    expect(
      body.data?.complexCasesWithoutQualifiedWorker.edges.map((edge) => ({
        allocation: edge.node.allocation.id,
        qualification: edge.node.staffMember.qualification,
        highComplexity: edge.node.highComplexity,
        openSafeguardingConcern: edge.node.openSafeguardingConcern,
      })),
    ).toEqual([
      {
        allocation: globalId('Allocation', ids.inactiveOfficerHigh),
        qualification: 'SOCIAL_CARE_OFFICER',
        highComplexity: true,
        openSafeguardingConcern: false,
      },
      {
        allocation: globalId('Allocation', ids.assistantHigh),
        qualification: 'SOCIAL_WORK_ASSISTANT',
        highComplexity: true,
        openSafeguardingConcern: false,
      },
      {
        allocation: globalId('Allocation', ids.assistantZeroFteSafeguarding),
        qualification: 'SOCIAL_WORK_ASSISTANT',
        highComplexity: false,
        openSafeguardingConcern: true,
      },
    ]);
  });

  it('uses the council policy’s qualifying qualifications in force on the date', async () => {
    const { body } = await query<UnqualifiedPage>(UNQUALIFIED, { asOf: '2025-07-01' });
    expect(allocationIds(body.data)).toEqual([
      globalId('Allocation', ids.assistantHigh),
      globalId('Allocation', ids.assistantZeroFteSafeguarding),
    ]);
  });

  it('pages forwards on its order', async () => {
    const first = await query<UnqualifiedPage>(UNQUALIFIED, { first: 2 });
    const second = await query<UnqualifiedPage>(UNQUALIFIED, {
      first: 2,
      after: first.body.data?.complexCasesWithoutQualifiedWorker.pageInfo.endCursor,
    });
    expect(first.body.data?.complexCasesWithoutQualifiedWorker.pageInfo.hasNextPage).toBe(true);
    expect(second.body.data?.complexCasesWithoutQualifiedWorker.pageInfo.hasNextPage).toBe(false);
    expect([
      ...(allocationIds(first.body.data) ?? []),
      ...(allocationIds(second.body.data) ?? []),
    ]).toEqual([
      globalId('Allocation', ids.inactiveOfficerHigh),
      globalId('Allocation', ids.assistantHigh),
      globalId('Allocation', ids.assistantZeroFteSafeguarding),
    ]);
  });

  it('shows only the caller’s council', async () => {
    const { body } = await query<UnqualifiedPage>(UNQUALIFIED, {}, otherCouncilId);
    const edges = body.data?.complexCasesWithoutQualifiedWorker.edges ?? [];
    expect(edges.map((edge) => edge.node.staffMember.qualification)).toEqual(['OTHER']);
    const empty = await query<UnqualifiedPage>(UNQUALIFIED, {}, EMPTY_COUNCIL);
    expect(empty.body.data?.complexCasesWithoutQualifiedWorker.edges).toEqual([]);
  });

  it('refuses staff without a reporting role', async () => {
    const token = await t.tokenFor({ councilId, roles: ['CARE_COORDINATOR'] });
    const { body } = await t.graphql(UNQUALIFIED, { token, variables: {} });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
