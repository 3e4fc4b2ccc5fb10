import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  ERROR_FIELDS,
  expectNothingWritten,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from './case-pathway-api.ts';

const ALLOCATE = /* GraphQL */ `
  mutation Allocate($input: AllocateCaseInput!) {
    allocateCase(input: $input) {
      __typename
      ... on MutationAllocateCaseSuccess {
        allocation {
          id role complexity fromDate toDate
          staffMember { id name qualification jobTitle team approvalLevel }
          person { id }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & {
  allocation?: {
    id: string;
    role: string;
    fromDate: string;
    toDate: string | null;
    staffMember: { id: string; qualification: string };
  };
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi();
});
afterAll(() => api.t.close());

const allocate = (input: Record<string, unknown>, as = 'teamManager') =>
  api.mutate<Result>('allocateCase', ALLOCATE, input, as);

async function allocationInput(overrides: Record<string, unknown> = {}) {
  return {
    personId: globalId('Person', await api.newPerson()),
    staffMemberId: globalId('StaffMember', api.staffIds.careCoordinator),
    role: 'KEY_WORKER',
    complexity: 'MEDIUM',
    fromDate: '2025-06-01',
    ...overrides,
  };
}

describe('allocateCase', () => {
  it('allocates a case and ends the current allocation in the same role the day before', async () => {
    const input = await allocationInput();
    const first = await allocate(input);
    expect(first.allocation).toMatchObject({
      role: 'KEY_WORKER',
      fromDate: '2025-06-01',
      toDate: null,
      staffMember: { qualification: 'CARE_COORDINATOR' },
    });
    const second = await allocate({
      ...input,
      staffMemberId: globalId('StaffMember', api.staffIds.socialWorker),
      fromDate: '2025-07-01',
    });
    expect(second.allocation?.toDate).toBeNull();
    const previous = await api.t.db.allocation.findFirstOrThrow({
      where: { staffId: api.staffIds.careCoordinator, fromDate: new Date('2025-06-01T00:00:00Z') },
      orderBy: { id: 'desc' },
    });
    expect(previous.toDate?.toISOString().slice(0, 10)).toBe('2025-06-30');
  });

  it('keeps allocations in other roles', async () => {
    const input = await allocationInput();
    await allocate(input);
    await allocate({ ...input, role: 'REVIEWER', fromDate: '2025-08-01' });
    const personId = Buffer.from(input.personId, 'base64').toString().split(':')[1];
    const open = await api.t.db.allocation.count({ where: { personId, toDate: null } });
    expect(open).toBe(2);
  });

  it('refuses a HIGH complexity case for a worker who is not a registered social worker (I-6)', async () => {
    const input = await allocationInput({ complexity: 'HIGH' });
    const result = await expectNothingWritten(api.t.db, () => allocate(input));
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED',
      path: ['input', 'staffMemberId'],
    });
  });

  it('refuses a case with an open safeguarding concern for an unqualified worker (I-6)', async () => {
    const personId = await api.newPerson();
    await api.t.db.safeguardingConcern.create({
      data: {
        councilId: api.councilId,
        personId,
        raisedDate: new Date('2025-05-01T00:00:00Z'),
        raisedBy: 'Neighbour',
      },
    });
    const input = await allocationInput({
      personId: globalId('Person', personId),
      complexity: 'LOW',
    });
    const result = await expectNothingWritten(api.t.db, () => allocate(input));
    expect(result).toMatchObject({ code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED' });
  });

  it('refuses to replace an allocation that starts on or after the new one', async () => {
    const input = await allocationInput();
    await allocate(input);
    const result = await expectNothingWritten(api.t.db, () =>
      allocate({ ...input, fromDate: '2025-06-01' }),
    );
    expect(result).toMatchObject({ code: 'END_BEFORE_START', path: ['input', 'fromDate'] });
  });

  it('answers NotFound for a person of another council and for an unknown worker', async () => {
    const otherPerson = await allocationInput({
      personId: globalId('Person', api.otherCouncilPersonId),
    });
    expect(await expectNothingWritten(api.t.db, () => allocate(otherPerson))).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'personId'],
    });
    const unknownWorker = await allocationInput({
      staffMemberId: globalId('StaffMember', '00000000-0000-7000-8000-000000000001'),
    });
    expect(await expectNothingWritten(api.t.db, () => allocate(unknownWorker))).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'staffMemberId'],
    });
  });

  it('refuses a date that is not a calendar date before any resolver runs', async () => {
    const input = await allocationInput({ fromDate: '2025-02-30' });
    const { body } = await api.t.graphql(ALLOCATE, {
      token: api.tokens.teamManager,
      variables: { input },
    });
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toContain('Date');
  });

  it.each(['socialWorker', 'careCoordinator', 'financeOfficer', 'auditor'])(
    'refuses a %s: only team managers allocate',
    async (as) => {
      const input = await allocationInput();
      const result = await expectNothingWritten(api.t.db, () => allocate(input, as));
      expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    },
  );
});
