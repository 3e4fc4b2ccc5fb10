import { hashClientSecret } from '@openpb/db/api-clients/client-secret';
import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  clientCredentialsTokenProvider,
  signInWithClientCredentials,
} from '../src/auth/client-credentials.ts';
import { createClient } from '../src/create-client.ts';
import { OpenPbHttpError } from '../src/errors/openpb-http-error.ts';
import type { PersonSummary } from '../src/models.ts';

const SECRET = 'sdk-integration-secret-0123456789';
const CLIENT_ID = 'sdk-test-broker';
let db: PrismaClient;
const url = inject('apiUrl');
let delegatingPersonId: string;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  db = createDatabaseClient({ databaseUrl: inject('databaseUrl'), poolSize: 4 });
  // a seeded person with a signed-off budget delegates to a new brokerage
  const budget = await db.personalBudget.findFirstOrThrow({
    where: { status: 'SIGNED_OFF' },
    orderBy: { id: 'asc' },
  });
  delegatingPersonId = budget.personId;
  const organisation = await db.organisation.create({
    data: { type: 'BROKERAGE', name: 'SDK Test Brokerage' },
  });
  await db.apiClient.create({
    data: {
      councilId: budget.councilId,
      organisationId: organisation.id,
      clientId: CLIENT_ID,
      secretHash: await hashClientSecret(SECRET),
      name: 'SDK test app',
    },
  });
  await db.delegation.create({
    data: {
      councilId: budget.councilId,
      personId: delegatingPersonId,
      organisationId: organisation.id,
      scopes: ['READ_BUDGET', 'READ_PLAN'],
      grantedBy: 'PERSON',
      validFrom: new Date('2020-01-01T00:00:00Z'),
      recordedBySubject: 'staff:sdk-test',
    },
  });
});

afterAll(async () => {
  await db?.$disconnect();
});

describe('a third-party app', () => {
  it('signs in with client credentials and lists only the delegating person', async () => {
    const { token, expiresIn } = await signInWithClientCredentials({
      url: url,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
    });
    expect(token).toEqual(expect.any(String));
    expect(expiresIn).toBe(900);
    const client = createClient({ url: url, token });
    const people: PersonSummary[] = [];
    for await (const person of client.delegatedPeople.list({ pageSize: 10 })) people.push(person);
    expect(people.map((person) => person.id)).toEqual([globalId('Person', delegatingPersonId)]);
    const page = await client.delegatedPeople.list();
    expect(page.items).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('reads the delegating person and their budgets through a cached token provider', async () => {
    const client = createClient({
      url: url,
      getToken: clientCredentialsTokenProvider({
        url: url,
        clientId: CLIENT_ID,
        clientSecret: SECRET,
      }),
    });
    const [first] = (await client.delegatedPeople.list()).items;
    const person = await client.people.get(first?.id ?? '');
    expect(person?.id).toBe(globalId('Person', delegatingPersonId));
    expect(person?.personalBudgets.length).toBeGreaterThan(0);
    expect(person?.personalBudgets.some((budget) => budget.status === 'SIGNED_OFF')).toBe(true);
  });

  it('finds nobody else: another person is null', async () => {
    const other = await db.person.findFirstOrThrow({
      where: { id: { not: delegatingPersonId } },
    });
    const { token } = await signInWithClientCredentials({
      url: url,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
    });
    const client = createClient({ url: url, token });
    expect(await client.people.get(globalId('Person', other.id))).toBeNull();
  });

  it('sees who it is: its organisation and, per person, the scopes and validity it acts under', async () => {
    const { token } = await signInWithClientCredentials({
      url,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
    });
    const viewer = await createClient({ url, token }).viewer();
    expect(viewer).toMatchObject({
      subject: `client:${CLIENT_ID}`,
      roles: [],
      organisation: { name: 'SDK Test Brokerage', type: 'BROKERAGE' },
      delegations: [
        {
          personId: globalId('Person', delegatingPersonId),
          scopes: ['READ_BUDGET', 'READ_PLAN'],
          validFrom: '2020-01-01',
          validTo: null,
        },
      ],
    });
  });

  it('is refused with a typed error for a wrong secret, which the error does not hold', async () => {
    const error = await signInWithClientCredentials({
      url: url,
      clientId: CLIENT_ID,
      clientSecret: 'wrong-secret',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenPbHttpError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const everything = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`;
    expect(everything).not.toContain('wrong-secret');
  });
});
