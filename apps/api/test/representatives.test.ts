import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId, STAFF } from './support/fixtures.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const RECORD = `mutation Record($input: RecordRepresentativeInput!) {
  recordRepresentative(input: $input) {
    __typename
    ... on MutationRecordRepresentativeSuccess { representative { role name validFrom } }
    ... on Error { code path }
  }
}`;

type Result = { recordRepresentative: { __typename: string; code?: string; path?: string[] } };

let t: TestApi;
let personId: string;
let socialWorker: string;
let financeOfficer: string;

beforeAll(async () => {
  t = await startTestApi();
  const setup = await createCouncilWithStaff(t.db);
  personId = globalId('Person', setup.personId);
  socialWorker = await t.tokenFor({
    councilId: setup.councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: STAFF.socialWorker.subject,
  });
  financeOfficer = await t.tokenFor({
    councilId: setup.councilId,
    roles: ['FINANCE_OFFICER'],
    subject: STAFF.financeOfficer.subject,
  });
});

afterAll(() => t.close());

const authorisedPerson = {
  role: 'AUTHORISED_PERSON',
  name: 'Grace Okafor',
  validFrom: '2026-01-01',
  consentRecordedOn: '2025-12-20',
};

describe('recordRepresentative', () => {
  it('records an authorised person, listed on the person', async () => {
    const { body } = await t.graphql<Result>(RECORD, {
      token: socialWorker,
      variables: { input: { personId, ...authorisedPerson } },
    });
    expect(body.data?.recordRepresentative).toEqual({
      __typename: 'MutationRecordRepresentativeSuccess',
      representative: { role: 'AUTHORISED_PERSON', name: 'Grace Okafor', validFrom: '2026-01-01' },
    });
    const listed = await t.graphql<{
      node: { representatives: { edges: { node: { name: string } }[] } };
    }>(
      'query R($id: ID!) { node(id: $id) { ... on Person { representatives(first: 5) { edges { node { name } } } } } }',
      { token: socialWorker, variables: { id: personId } },
    );
    expect(listed.body.data?.node.representatives.edges.map((edge) => edge.node.name)).toEqual([
      'Grace Okafor',
    ]);
  });

  it.each([
    [
      'an end before the start',
      { validTo: '2025-06-01' },
      'RuleViolationError',
      'END_BEFORE_START',
      ['input', 'validTo'],
    ],
    ['an empty name', { name: '  ' }, 'ValidationError', 'VALIDATION_FAILED', ['input', 'name']],
  ])('refuses %s and writes nothing', async (_case, change, typename, code, path) => {
    const before = await t.db.representative.count();
    const { body } = await t.graphql<Result>(RECORD, {
      token: socialWorker,
      variables: { input: { personId, ...authorisedPerson, ...change } },
    });
    expect(body.data?.recordRepresentative).toEqual({ __typename: typename, code, path });
    expect(await t.db.representative.count()).toBe(before);
  });

  it('answers for another council’s person as for none, and refuses a finance officer', async () => {
    const missing = await t.graphql<Result>(RECORD, {
      token: socialWorker,
      variables: {
        input: {
          ...authorisedPerson,
          personId: globalId('Person', '0190a7c0-0000-7000-8000-00000000dead'),
        },
      },
    });
    expect(missing.body.data?.recordRepresentative).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'personId'],
    });
    const refused = await t.graphql<Result>(RECORD, {
      token: financeOfficer,
      variables: { input: { personId, ...authorisedPerson } },
    });
    expect(refused.body.data?.recordRepresentative.__typename).toBe('ForbiddenError');
  });
});
