import { randomBytes } from 'node:crypto';

/** One GraphQL operation the bench sends, with a fresh body for every request. */
export interface Operation {
  readonly key: string;
  readonly title: string;
  /** Whether the floor server answers it too (the API result is then reported as a ratio). */
  readonly hasFloor: boolean;
  /** The POST /graphql body of the n-th request of a measurement. */
  body(n: number): string;
  /** Whether a 2xx response body is a successful answer (GraphQL errors come back as 200). */
  succeeded(body: string): boolean;
}

const CASELOAD_QUERY = `query Caseload {
  people(first: 50) { edges { node { id givenName familyName
    personalBudgets(first: 5) { edges { node { annualTotalPence weeklyTotalPence
      deployments { mode annualAmountPence } } } } } } }
}`;

const PERSON_QUERY = `query PersonById($id: ID!) {
  node(id: $id) { id ... on Person { givenName familyName laPersonId birthDate postcode primarySupportReason } }
}`;

const CREATE_PERSON_MUTATION = `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on MutationCreatePersonSuccess { person { id } }
    ... on Error { code message }
  }
}`;

/** A substring test tolerant of the spaces PostgreSQL's json output puts around colons. */
const has = (body: string, key: string, value: string) =>
  new RegExp(`"${key}"\\s*:\\s*${value}`).test(body);
const noErrors = (body: string) => /^\{\s*"data"/.test(body) && !has(body, 'errors', '');

/** A Relay global id as Pothos encodes it: base64 of "Type:id". */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

export function benchOperations(options: { readonly personIds: readonly string[] }): Operation[] {
  const caseload = JSON.stringify({ operationName: 'Caseload', query: CASELOAD_QUERY });
  const personBodies = options.personIds.map((id) =>
    JSON.stringify({
      operationName: 'PersonById',
      query: PERSON_QUERY,
      variables: { id: globalId('Person', id) },
    }),
  );
  // unique across runs on one database and across measurements of one run
  const run = randomBytes(4).toString('hex');
  let created = 0;
  return [
    {
      key: 'caseload',
      title: 'caseload: people(first: 50) with personal budgets (first: 5) and deployments',
      hasFloor: true,
      body: () => caseload,
      succeeded: (body) => noErrors(body) && has(body, 'edges', '\\[\\s*\\{'),
    },
    {
      key: 'person-by-id',
      title: 'one person by id: node(id:), rotating through the first people',
      hasFloor: true,
      body: (n) => personBodies[n % personBodies.length] ?? '',
      succeeded: (body) => noErrors(body) && has(body, 'givenName', '"'),
    },
    {
      key: 'create-person',
      title: 'createPerson mutation, a fresh laPersonId per request',
      hasFloor: false,
      body: () => {
        created++;
        return JSON.stringify({
          operationName: 'CreatePerson',
          query: CREATE_PERSON_MUTATION,
          variables: {
            input: {
              laPersonId: `BENCH-${run}-${created}`,
              givenName: 'Bench',
              // sorts after every synthetic family name, so the caseload page stays the same
              familyName: 'Zzbench',
              birthDate: '1970-01-01',
              gender: 'FEMALE',
              ethnicity: 'WHITE_BRITISH',
              postcode: 'SW1A 1AA',
              clientType: 'SERVICE_USER',
              primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
              accommodationStatus: 'OWNER_OCCUPIER',
              mentalCapacityForDp: 'CAPACITY_PRESENT',
            },
          },
        });
      },
      succeeded: (body) =>
        noErrors(body) && has(body, '__typename', '"MutationCreatePersonSuccess"'),
    },
  ];
}
