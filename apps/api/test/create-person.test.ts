import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const CREATE_PERSON = /* GraphQL */ `
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      __typename
      ... on MutationCreatePersonSuccess { person { id laPersonId postcode birthDate } }
      ... on Error { message code path }
      ... on ValidationError { issues { path code } }
    }
  }
`;

const valid = {
  laPersonId: 'EM-000001',
  nhsNumber: '9990000018',
  givenName: ' Edith ',
  familyName: 'Crawley',
  birthDate: '1941-06-14',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  postcode: 'em1 2ab',
  clientType: 'SERVICE_USER',
  primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
  accommodationStatus: 'OWNER_OCCUPIER',
  mentalCapacityForDp: 'CAPACITY_PRESENT',
};

type Result = {
  createPerson: {
    __typename: string;
    person?: { laPersonId: string; postcode: string; birthDate: string };
    code?: string;
    path?: string[];
    message?: string;
    issues?: { path: string[]; code: string }[];
  };
};

let t: TestApi;
let token: string;

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-11-23T10:00:00Z') });
  await t.db.council.create({
    data: {
      id: DEMO_COUNCIL.id,
      laCode: DEMO_COUNCIL.laCode,
      name: DEMO_COUNCIL.name,
      region: DEMO_COUNCIL.region,
    },
  });
  token = await t.tokenFor({ councilId: DEMO_COUNCIL.id });
});

afterAll(() => t.close());

async function create(input: Record<string, unknown>) {
  return t.graphql<Result>(CREATE_PERSON, { token, variables: { input } });
}

describe('createPerson', () => {
  it('records a person, normalising names and postcode', async () => {
    const { body } = await create(valid);
    expect(body.data?.createPerson).toMatchObject({
      __typename: 'MutationCreatePersonSuccess',
      person: { laPersonId: 'EM-000001', postcode: 'EM1 2AB', birthDate: '1941-06-14' },
    });
    const stored = await t.db.person.findFirstOrThrow({ where: { laPersonId: 'EM-000001' } });
    expect(stored.givenName).toBe('Edith');
    expect(stored.councilId).toBe(DEMO_COUNCIL.id);
  });

  it.each([
    ['an NHS number with a wrong check digit', { nhsNumber: '9990000019' }, ['input', 'nhsNumber']],
    ['someone under 18', { birthDate: '2010-01-01' }, ['input', 'birthDate']],
    ['a birth date in the future', { birthDate: '2027-01-01' }, ['input', 'birthDate']],
    ['a malformed postcode', { postcode: 'NOT A POSTCODE' }, ['input', 'postcode']],
    ['an empty family name', { familyName: '   ' }, ['input', 'familyName']],
  ])('refuses %s with a ValidationError and writes nothing', async (_case, change, path) => {
    const before = await t.db.person.count();
    const { body } = await create({
      ...valid,
      laPersonId: `EM-${Math.random()}`,
      nhsNumber: null,
      ...change,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createPerson.__typename).toBe('ValidationError');
    expect(body.data?.createPerson.code).toBe('VALIDATION_FAILED');
    expect(body.data?.createPerson.path).toEqual(path);
    expect(body.data?.createPerson.issues?.[0]?.path).toEqual(path);
    expect(await t.db.person.count()).toBe(before);
  });

  it('refuses a second person with the same LA person id with a ConflictError', async () => {
    const before = await t.db.person.count();
    const { body } = await create({ ...valid, nhsNumber: null, givenName: 'Other' });
    expect(body.data?.createPerson).toMatchObject({
      __typename: 'ConflictError',
      code: 'DUPLICATE',
      path: ['input', 'laPersonId'],
    });
    expect(await t.db.person.count()).toBe(before);
  });

  it('refuses a second person with the same NHS number', async () => {
    const { body } = await create({ ...valid, laPersonId: 'EM-000002' });
    expect(body.data?.createPerson).toMatchObject({
      __typename: 'ConflictError',
      path: ['input', 'nhsNumber'],
    });
  });

  it('answers when the client selects only __typename', async () => {
    const { body } = await t.graphql<Result>(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }',
      { token, variables: { input: { ...valid, laPersonId: 'EM-000003', nhsNumber: null } } },
    );
    expect(body).toEqual({ data: { createPerson: { __typename: 'MutationCreatePersonSuccess' } } });
  });

  it('rejects an unknown code before any resolver runs, echoing no personal data', async () => {
    const { body } = await create({
      ...valid,
      laPersonId: 'EM-000004',
      nhsNumber: null,
      gender: 'NOT_A_GENDER',
    });
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body.errors)).not.toContain('Crawley');
  });
});
