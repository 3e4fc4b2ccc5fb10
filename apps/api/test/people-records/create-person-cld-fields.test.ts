import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  type MutationError,
  startCasePathwayApi,
} from '../case-pathway/case-pathway-api.ts';
import { NO_RULE_ERROR_FIELDS } from './person-records-fixture.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreatePersonInput!) {
    createPerson(input: $input) {
      __typename
      ... on MutationCreatePersonSuccess {
        person {
          mentalCapacityForDp hasUnpaidCarer autism dementia visualImpairment hearingImpairment
          employmentStatus gpPracticeCode gpPracticeName
        }
      }
      ${NO_RULE_ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & { person?: Record<string, unknown> };

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi('2025-06-30');
});
afterAll(() => api.t.close());

const person = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  birthDate: '1950-12-10',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  postcode: 'EM1 1AA',
  clientType: 'SERVICE_USER',
  primarySupportReason: 'LEARNING_DISABILITY',
  accommodationStatus: 'OWNER_OCCUPIER',
};

describe('createPerson with the CLD person fields', () => {
  it('records Has_Unpaid_Carer, the conditions, employment and GP practice; capacity is presumed by default', async () => {
    const created = await api.mutate<Result>('createPerson', CREATE, {
      ...person,
      laPersonId: 'CLD-1',
      hasUnpaidCarer: true,
      autism: true,
      dementia: false,
      visualImpairment: false,
      hearingImpairment: true,
      employmentStatus: 'PAID_16_OR_MORE_HOURS',
      gpPractice: { code: 'b86001', name: 'Leeds Central' },
    });
    expect(created.person).toEqual({
      mentalCapacityForDp: 'NOT_ASSESSED',
      hasUnpaidCarer: true,
      autism: true,
      dementia: false,
      visualImpairment: false,
      hearingImpairment: true,
      employmentStatus: 'PAID_16_OR_MORE_HOURS',
      gpPracticeCode: 'B86001',
      gpPracticeName: 'Leeds Central',
    });
  });

  it('leaves the fields not given as not known, and refuses a malformed GP practice code, writing nothing', async () => {
    const plain = await api.mutate<Result>('createPerson', CREATE, {
      ...person,
      laPersonId: 'CLD-2',
    });
    expect(plain.person).toMatchObject({
      hasUnpaidCarer: null,
      autism: null,
      gpPracticeCode: null,
    });
    const before = await api.t.db.person.count();
    const refused = await api.mutate<Result>('createPerson', CREATE, {
      ...person,
      laPersonId: 'CLD-3',
      gpPractice: { code: 'LEEDS', name: 'Leeds Central' },
    });
    expect(refused).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'gpPractice', 'code'],
    });
    expect(await api.t.db.person.count()).toBe(before);
  });
});
