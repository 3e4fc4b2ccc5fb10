import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type OpenPbClient } from '../src/create-client.ts';
import { listPersonas, signInAsPersona } from '../src/development/persona-sign-in.ts';
import { OpenPbHttpError } from '../src/errors/openpb-http-error.ts';
import { OpenPbNetworkError } from '../src/errors/openpb-network-error.ts';
import type { CreatePersonInput } from '../src/generated/types/graphql.ts';
import type { PersonSummary } from '../src/models.ts';

const url = inject('apiUrl');
const seededPeople = inject('seededPeople');
let client: OpenPbClient;

beforeAll(async () => {
  const token = await signInAsPersona({ url, persona: 'social-worker' });
  client = createClient({ url, token });
});

const byName = (a: PersonSummary, b: PersonSummary) =>
  a.familyName.localeCompare(b.familyName, 'en') || a.givenName.localeCompare(b.givenName, 'en');

describe('development sign-in against the real API', () => {
  it('lists the personas', async () => {
    const personas = await listPersonas({ url });
    expect(personas.map((persona) => persona.key)).toContain('social-worker');
    expect(personas.every((persona) => persona.name && persona.title)).toBe(true);
  });

  it('refuses an unknown persona with HTTP 400', async () => {
    await expect(signInAsPersona({ url, persona: 'nobody' })).rejects.toMatchObject({
      name: 'OpenPbHttpError',
      status: 400,
    });
  });
});

describe('viewer', () => {
  it('tells who the token belongs to', async () => {
    const viewer = await client.viewer();
    expect(viewer).toMatchObject({
      subject: 'staff:social-worker',
      roles: ['QUALIFIED_SOCIAL_WORKER'],
      council: { laCode: '990', name: 'Eastmere Borough Council' },
    });
  });

  it('fails with OpenPbHttpError UNAUTHENTICATED for a bad token', async () => {
    const error = await createClient({ url, token: 'not-a-jwt' })
      .viewer()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenPbHttpError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((error as OpenPbHttpError).errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('fails with OpenPbNetworkError when nothing listens', async () => {
    const closed = createClient({ url: 'http://127.0.0.1:9', token: 't', maxRetries: 0 });
    await expect(closed.viewer()).rejects.toBeInstanceOf(OpenPbNetworkError);
  });
});

describe('people.list', () => {
  it('awaits to the first page', async () => {
    const page = await client.people.list(undefined, { pageSize: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toEqual(expect.any(String));
  });

  it('iterates every seeded person exactly once, in name order, across pages', async () => {
    const people: PersonSummary[] = [];
    for await (const person of client.people.list(undefined, { pageSize: 37 })) people.push(person);
    expect(people).toHaveLength(seededPeople);
    expect(new Set(people.map((person) => person.id)).size).toBe(seededPeople);
    expect([...people].sort(byName).map((person) => person.id)).toEqual(
      people.map((person) => person.id),
    );
  });

  it('continues after a cursor', async () => {
    const first = await client.people.list(undefined, { pageSize: 5 });
    const second = await client.people.list(undefined, {
      pageSize: 5,
      after: first.pageInfo.endCursor,
    });
    const both = await client.people.list(undefined, { pageSize: 10 });
    expect([...first.items, ...second.items].map((person) => person.id)).toEqual(
      both.items.map((p) => p.id),
    );
  });

  it('collects with toArray up to the limit', async () => {
    expect(
      await client.people.list(undefined, { pageSize: 20 }).toArray({ limit: 45 }),
    ).toHaveLength(45);
    expect(await client.people.list({}, { pageSize: 100 }).toArray({ limit: 10_000 })).toHaveLength(
      seededPeople,
    );
  });

  it('filters by support reason and by search', async () => {
    const everyone = await client.people.list().toArray({ limit: 1_000 });
    const reason = everyone[0]?.primarySupportReason ?? 'MENTAL_HEALTH';
    const filtered = await client.people
      .list({ filter: { primarySupportReason: reason } })
      .toArray({ limit: 1_000 });
    expect(filtered.length).toBe(
      everyone.filter((person) => person.primarySupportReason === reason).length,
    );
    expect(filtered.every((person) => person.primarySupportReason === reason)).toBe(true);

    const someone = everyone[17];
    if (!someone) throw new Error('seed too small');
    const found = await client.people
      .list({ filter: { search: someone.laPersonId } })
      .toArray({ limit: 10 });
    expect(found.map((person) => person.id)).toEqual([someone.id]);
    const prefix = someone.familyName.slice(0, 3).toLowerCase();
    const byPrefix = await client.people
      .list({ filter: { search: prefix } })
      .toArray({ limit: 1_000 });
    expect(byPrefix.map((person) => person.id)).toContain(someone.id);
  });
});

describe('people.get', () => {
  it('returns a person with their personal budgets', async () => {
    let withBudget: string | undefined;
    for await (const summary of client.people.list(undefined, { pageSize: 50 })) {
      const person = await client.people.get(summary.id);
      expect(person).toMatchObject(summary);
      if (person && person.personalBudgets.length > 0) {
        withBudget = person.id;
        const [budget] = person.personalBudgets;
        expect(budget?.annualTotalPence).toBe(
          (budget?.annualLaContributionPence ?? 0) + (budget?.annualPersonContributionPence ?? 0),
        );
        expect(Number.isInteger(budget?.weeklyTotalPence)).toBe(true);
        break;
      }
    }
    expect(withBudget).toBeDefined();
  });

  it('returns null for an id that is not a visible person', async () => {
    const council = (await client.viewer()).council;
    expect(await client.people.get(council.id)).toBeNull();
    const unknownPerson = Buffer.from('Person:00000000-0000-7000-8000-000000000000').toString(
      'base64',
    );
    expect(await client.people.get(unknownPerson)).toBeNull();
  });
});

describe('people.create', () => {
  const input: CreatePersonInput = {
    laPersonId: 'SDK-TEST-1',
    givenName: 'Ada',
    familyName: 'Sdktest',
    birthDate: '1950-03-04',
    gender: 'FEMALE',
    ethnicity: 'WHITE_BRITISH',
    postcode: 'em1 1aa',
    clientType: 'SERVICE_USER',
    primarySupportReason: 'MENTAL_HEALTH',
    accommodationStatus: 'OWNER_OCCUPIER',
    mentalCapacityForDp: 'CAPACITY_PRESENT',
  };

  it('creates a person, then reports the duplicate as a ConflictError result', async () => {
    const created = await client.people.create(input);
    if (!created.ok) throw new Error(`expected success, got ${JSON.stringify(created.error)}`);
    expect(created.data.person).toMatchObject({
      laPersonId: 'SDK-TEST-1',
      familyName: 'Sdktest',
      postcode: 'EM1 1AA',
    });
    expect((await client.people.get(created.data.person.id))?.personalBudgets).toEqual([]);

    const again = await client.people.create(input);
    expect(again).toMatchObject({
      ok: false,
      error: { __typename: 'ConflictError', code: 'DUPLICATE', path: ['input', 'laPersonId'] },
    });
  });

  it('reports invalid input as a ValidationError result with issues', async () => {
    const result = await client.people.create({
      ...input,
      laPersonId: 'SDK-TEST-2',
      postcode: 'nope',
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.__typename !== 'ValidationError')
      throw new Error('expected a ValidationError');
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.issues.some((issue) => issue.path.includes('postcode'))).toBe(true);
  });
});

describe('trusted-documents mode', () => {
  it('refuses an operation the SDK does not ship, even with a valid token', async () => {
    const token = await signInAsPersona({ url, persona: 'social-worker' });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ people(first: 100) { edges { node { nhsNumber } } } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
