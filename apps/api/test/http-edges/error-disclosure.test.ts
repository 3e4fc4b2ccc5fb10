import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/**
 * D16a: nothing personal and nothing schema-revealing in production errors. A caller's
 * input values never come back in an error; "Did you mean" suggestions are dropped in production;
 * the Date scalar refuses year 0000 and dates outside 1850-01-01..2200-12-31 as a typed input error.
 */
let production: TestApi;
let development: TestApi;
let productionToken: string;

beforeAll(async () => {
  production = await startTestApi({ production: true });
  development = await startTestApi({ production: false });
  const { councilId } = await createCouncilWithStaff(production.db);
  productionToken = await production.tokenFor({ councilId });
});
afterAll(async () => {
  await production?.close();
  await development?.close();
});

const CREATE_PERSON = `mutation ($input: CreatePersonInput!) {
  createPerson(input: $input) { __typename }
}`;

const personal = {
  givenName: 'Zebedee',
  familyName: 'Quixotic',
  birthDate: '1961-04-12',
  postcode: 'ZZ9 9ZZ',
};

function messagesOf(body: { errors?: { message: string }[] }): string {
  return (body.errors ?? []).map((error) => error.message).join('\n');
}

describe('variable coercion errors', () => {
  it.each([
    ['a field of the wrong type', { ...personal, accommodationStatus: 42 }],
    ['an unknown field', { ...personal, favouriteColour: 'teal' }],
    ['a required field missing', { ...personal }],
    ['an enum value that does not exist', { ...personal, gender: 'ZEBEDEE_QUIXOTIC' }],
  ])('%s names the variable and field, never the values sent', async (_name, input) => {
    const { body } = await production.graphql(CREATE_PERSON, {
      token: productionToken,
      variables: { input },
    });
    const messages = messagesOf(body);
    expect(messages).toContain('$input');
    for (const value of ['Zebedee', 'Quixotic', '1961-04-12', 'ZZ9 9ZZ', 'teal']) {
      expect(messages).not.toContain(value);
    }
  });
});

describe('the Date scalar', () => {
  it.each(['0000-01-01', '1849-12-31', '2201-01-01'])(
    'refuses %s as a typed input error, naming the range',
    async (birthDate) => {
      const { body } = await production.graphql(CREATE_PERSON, {
        token: productionToken,
        variables: { input: { ...personal, birthDate } },
      });
      const error = body.errors?.find((candidate) => candidate.message.includes('birthDate'));
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain('1850-01-01 to 2200-12-31');
      expect(error?.message).not.toContain(birthDate);
    },
  );
});

describe('"Did you mean" suggestions', () => {
  const MISSPELT = '{ peopl(first: 1) { totalCount } }';

  it('are answered in development', async () => {
    const { body } = await development.graphql(MISSPELT, { token: null });
    expect(messagesOf(body)).toContain('Did you mean');
  });

  it('are not answered in production, which recovers the schema with introspection off', async () => {
    const { body } = await production.graphql(MISSPELT, { token: null });
    expect(messagesOf(body)).toContain('Cannot query field "peopl"');
    expect(messagesOf(body)).not.toContain('Did you mean');
  });
});
