import { describe, expect, it } from 'vitest';
import { fakeFetch, graphqlData } from '../../test/support/fake-fetch.ts';
import { budgetFixture, peoplePage, personFixture } from '../../test/support/fixtures.ts';
import { createClient } from '../create-client.ts';
import type { FetchLike } from '../fetch-like.ts';

const clientWith = (fetch: FetchLike) =>
  createClient({ url: 'http://api.test', token: 't', fetch });

describe('people.list', () => {
  it('awaits to the first page and iterates through every page', async () => {
    const fetch = fakeFetch(
      graphqlData(peoplePage(0, 3, true)),
      graphqlData(peoplePage(3, 3, true)),
      graphqlData(peoplePage(6, 1, false)),
    );
    const list = clientWith(fetch).people.list(
      { filter: { primarySupportReason: 'MENTAL_HEALTH' } },
      { pageSize: 3 },
    );
    const first = await list;
    expect(first.items.map((person) => person.laPersonId)).toEqual(['P-0', 'P-1', 'P-2']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: 'cursor-2' });
    expect(first.requestId).toBeUndefined();
    const all: string[] = [];
    for await (const person of list) all.push(person.laPersonId);
    expect(all).toEqual(['P-0', 'P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6']);
    expect(fetch.calls.map((call) => call.body?.variables)).toEqual([
      { filter: { primarySupportReason: 'MENTAL_HEALTH' }, first: 3, after: null },
      { filter: { primarySupportReason: 'MENTAL_HEALTH' }, first: 3, after: 'cursor-2' },
      { filter: { primarySupportReason: 'MENTAL_HEALTH' }, first: 3, after: 'cursor-5' },
    ]);
  });

  it('starts after a cursor and validates pageSize', async () => {
    const fetch = fakeFetch(graphqlData(peoplePage(10, 2, false)));
    await clientWith(fetch).people.list(undefined, { after: 'cursor-9' });
    expect(fetch.calls[0]?.body?.variables).toEqual({ first: 25, after: 'cursor-9' });
    expect(() => clientWith(fetch).people.list({}, { pageSize: 101 })).toThrow(/pageSize/);
    expect(() => clientWith(fetch).people.list({}, { pageSize: 0 })).toThrow(/pageSize/);
  });
});

describe('people.get', () => {
  it('returns the person with their budgets flattened', async () => {
    const person = personFixture(1);
    const fetch = fakeFetch(
      graphqlData({
        node: {
          __typename: 'Person',
          ...person,
          personalBudgets: {
            pageInfo: { hasNextPage: false, endCursor: 'b1' },
            edges: [{ node: budgetFixture(1) }],
          },
        },
      }),
    );
    expect(await clientWith(fetch).people.get(person.id)).toEqual({
      ...person,
      personalBudgets: [budgetFixture(1)],
    });
    expect(fetch.calls[0]?.body?.operationName).toBe('Person');
  });

  it('pages through a long budget history', async () => {
    const person = personFixture(1);
    const fetch = fakeFetch(
      graphqlData({
        node: {
          __typename: 'Person',
          ...person,
          personalBudgets: {
            pageInfo: { hasNextPage: true, endCursor: 'b1' },
            edges: [{ node: budgetFixture(1) }],
          },
        },
      }),
      graphqlData({
        node: {
          __typename: 'Person',
          personalBudgets: {
            pageInfo: { hasNextPage: false, endCursor: 'b2' },
            edges: [{ node: budgetFixture(2) }],
          },
        },
      }),
    );
    const found = await clientWith(fetch).people.get(person.id);
    expect(found?.personalBudgets.map((budget) => budget.id)).toEqual([
      budgetFixture(1).id,
      budgetFixture(2).id,
    ]);
    expect(fetch.calls[1]?.body).toMatchObject({
      operationName: 'PersonBudgets',
      variables: { after: 'b1' },
    });
  });

  it('returns null for no node or a node that is not a person', async () => {
    const fetch = fakeFetch(
      graphqlData({ node: null }),
      graphqlData({ node: { __typename: 'Council' } }),
    );
    expect(await clientWith(fetch).people.get('x')).toBeNull();
    expect(await clientWith(fetch).people.get('y')).toBeNull();
  });
});

describe('people.create', () => {
  const input = {
    laPersonId: 'N-1',
    givenName: 'Ada',
    familyName: 'Lovelace',
    birthDate: '1950-01-01',
    gender: 'FEMALE',
    ethnicity: 'WHITE_BRITISH',
    postcode: 'EM1 1AA',
    clientType: 'SERVICE_USER',
    primarySupportReason: 'MENTAL_HEALTH',
    accommodationStatus: 'OWNER_OCCUPIER',
    mentalCapacityForDp: 'CAPACITY_PRESENT',
  } as const;

  it('returns ok with the person on success', async () => {
    const person = personFixture(5);
    const fetch = fakeFetch(
      graphqlData({ createPerson: { __typename: 'MutationCreatePersonSuccess', person } }),
    );
    expect(await clientWith(fetch).people.create(input)).toEqual({
      ok: true,
      data: { person },
      requestId: undefined,
    });
    expect(fetch.calls[0]?.body).toMatchObject({
      operationName: 'CreatePerson',
      variables: { input },
    });
  });

  it('returns business errors as results, discriminated by __typename', async () => {
    const validation = {
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: 'Invalid input',
      path: ['input'],
      issues: [
        { path: ['input', 'postcode'], message: 'Not a UK postcode', code: 'INVALID_FORMAT' },
      ],
    };
    const conflict = {
      __typename: 'ConflictError',
      code: 'DUPLICATE',
      message: 'exists',
      path: ['input', 'laPersonId'],
    };
    const fetch = fakeFetch(
      graphqlData({ createPerson: validation }),
      graphqlData({ createPerson: conflict }),
    );
    const client = clientWith(fetch);
    const invalid = await client.people.create(input);
    expect(invalid).toEqual({ ok: false, error: validation, requestId: undefined });
    if (!invalid.ok && invalid.error.__typename === 'ValidationError') {
      expect(invalid.error.issues[0]?.path).toEqual(['input', 'postcode']);
    }
    expect(await client.people.create(input)).toEqual({
      ok: false,
      error: conflict,
      requestId: undefined,
    });
  });
});
