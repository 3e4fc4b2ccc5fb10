import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  ERROR_FIELDS,
  expectNothingWritten,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from './case-pathway-api.ts';

const RECORD_REQUEST = /* GraphQL */ `
  mutation RecordRequest($input: RecordRequestInput!) {
    recordRequest(input: $input) {
      __typename
      ... on MutationRecordRequestSuccess {
        request { id receivedDate closedDate routeOfAccess source outcome isConversation person { id } }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & {
  request?: {
    id: string;
    receivedDate: string;
    closedDate: string | null;
    routeOfAccess: string;
    source: string;
    outcome: string | null;
    isConversation: boolean;
    person: { id: string };
  };
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi();
});
afterAll(() => api.t.close());

async function requestInput(overrides: Record<string, unknown> = {}) {
  return {
    personId: globalId('Person', await api.newPerson()),
    receivedDate: '2025-06-02',
    routeOfAccess: 'COMMUNITY_OTHER',
    source: 'FAMILY_OR_CARER',
    ...overrides,
  };
}

const record = (input: Record<string, unknown>, as?: string) =>
  api.mutate<Result>('recordRequest', RECORD_REQUEST, input, as);

describe('recordRequest', () => {
  it('records an open request as a care coordinator', async () => {
    const input = await requestInput({ isConversation: true });
    const result = await record(input, 'careCoordinator');
    expect(result).toMatchObject({
      __typename: 'MutationRecordRequestSuccess',
      request: {
        receivedDate: '2025-06-02',
        closedDate: null,
        routeOfAccess: 'COMMUNITY_OTHER',
        source: 'FAMILY_OR_CARER',
        outcome: null,
        isConversation: true,
        person: { id: input.personId },
      },
    });
  });

  it('records a request closed with its outcome', async () => {
    const result = await record(
      await requestInput({ outcome: 'NFA_INFORMATION_AND_ADVICE', closedDate: '2025-06-03' }),
    );
    expect(result.request).toMatchObject({
      closedDate: '2025-06-03',
      outcome: 'NFA_INFORMATION_AND_ADVICE',
      isConversation: false,
    });
  });

  it('refuses a closed date before the received date (I-13) at its path', async () => {
    const input = await requestInput({
      outcome: 'NFA_INFORMATION_AND_ADVICE',
      closedDate: '2025-05-30',
    });
    const result = await expectNothingWritten(api.t.db, () => record(input));
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'END_BEFORE_START',
      path: ['input', 'closedDate'],
    });
  });

  it('refuses a closed date without an outcome with a ValidationError', async () => {
    const input = await requestInput({ closedDate: '2025-06-03' });
    const result = await expectNothingWritten(api.t.db, () => record(input));
    expect(result).toMatchObject({ __typename: 'ValidationError', path: ['input', 'outcome'] });
  });

  it('refuses a request received after the person died, and an open one for a dead person', async () => {
    const personId = await api.newPerson({ deathDate: new Date('2025-05-31T00:00:00Z') });
    const afterDeath = await expectNothingWritten(api.t.db, () =>
      record({ ...baseFor(personId), receivedDate: '2025-06-02' }),
    );
    expect(afterDeath).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'EVENT_AFTER_DEATH',
      path: ['input', 'receivedDate'],
    });
    const leftOpen = await expectNothingWritten(api.t.db, () =>
      record({ ...baseFor(personId), receivedDate: '2025-05-20' }),
    );
    expect(leftOpen).toMatchObject({ code: 'EVENT_AFTER_DEATH', path: ['input', 'closedDate'] });
  });

  it('answers NotFound for a person of another council', async () => {
    const result = await expectNothingWritten(api.t.db, () =>
      record({ ...baseFor(api.otherCouncilPersonId) }),
    );
    expect(result).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      path: ['input', 'personId'],
    });
  });

  it.each(['financeOfficer', 'auditor'])('refuses a %s with a ForbiddenError', async (as) => {
    const input = await requestInput();
    const result = await expectNothingWritten(api.t.db, () => record(input, as));
    expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  });

  it('refuses a caseworker without a staff record before anything runs (HTTP 403)', async () => {
    const input = await requestInput();
    const response = await expectNothingWritten(api.t.db, () =>
      api.t.graphql(RECORD_REQUEST, { token: api.tokenWithoutStaffRecord, variables: { input } }),
    );
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

function baseFor(personId: string) {
  return {
    personId: globalId('Person', personId),
    receivedDate: '2025-06-02',
    routeOfAccess: 'DISCHARGE_FROM_HOSPITAL',
    source: 'PROFESSIONAL',
  };
}
