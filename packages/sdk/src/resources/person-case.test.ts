import { describe, expect, it } from 'vitest';
import {
  type FakeReply,
  fakeFetch,
  graphqlData,
  type RecordedCall,
} from '../../test/support/fake-fetch.ts';
import {
  agreementFixture,
  budgetFixture,
  peoplePage,
  personFixture,
  supportPlanFixture,
} from '../../test/support/fixtures.ts';
import { createClient } from '../create-client.ts';
import type { FetchLike } from '../fetch-like.ts';
import { defaultStatementPeriod } from './person-reads.ts';

const clientWith = (fetch: FetchLike) =>
  createClient({ url: 'http://api.test', token: 't', fetch });

/** getCase sends two queries at once: answer each by its variables, whatever the order. */
function routedFetch(person: FakeReply, personCase: FakeReply) {
  const forPerson = fakeFetch(person);
  const forCase = fakeFetch(personCase);
  const calls: RecordedCall[] = [];
  const fetch: FetchLike = async (url, init) => {
    const isCase = init.body?.includes('"plansFirst"') ?? false;
    const response = await (isCase ? forCase : forPerson)(url, init);
    calls.push(...(isCase ? forCase : forPerson).calls.slice(-1));
    return response;
  };
  return Object.assign(fetch, { calls });
}

const person = personFixture(1);
const personReply = graphqlData({
  node: {
    __typename: 'Person',
    ...person,
    personalBudgets: {
      pageInfo: { hasNextPage: false, endCursor: 'b1' },
      edges: [{ node: budgetFixture(1) }],
    },
  },
});
const caseReply = graphqlData({
  node: {
    __typename: 'Person',
    supportPlans: {
      edges: [
        { node: supportPlanFixture(3, 'DRAFT') },
        { node: supportPlanFixture(2, 'APPROVED') },
        { node: supportPlanFixture(1, 'SUPERSEDED') },
      ],
    },
    directPaymentAgreements: {
      pageInfo: { hasNextPage: false },
      edges: [{ node: agreementFixture(1) }],
    },
  },
});

describe('people.getCase', () => {
  it('returns the person, the newest approved plan and the direct payments', async () => {
    const fetch = routedFetch(personReply, caseReply);
    const found = await clientWith(fetch).people.getCase(person.id, {
      statementFrom: '2026-04-01',
      statementTo: '2026-11-23',
    });
    expect(found).toEqual({
      ...person,
      personalBudgets: [budgetFixture(1)],
      currentSupportPlan: supportPlanFixture(2, 'APPROVED'),
      directPaymentAgreements: [agreementFixture(1)],
    });
    const caseCall = fetch.calls.find((call) => 'plansFirst' in Object(call.body?.variables));
    expect(caseCall?.body?.variables).toEqual({
      id: person.id,
      plansFirst: 20,
      agreementsFirst: 20,
      statementFrom: '2026-04-01',
      statementTo: '2026-11-23',
    });
  });

  it('has no current plan when none is approved, and null for an unknown id', async () => {
    const noApproved = graphqlData({
      node: {
        __typename: 'Person',
        supportPlans: { edges: [{ node: supportPlanFixture(1, 'DRAFT') }] },
        directPaymentAgreements: { pageInfo: { hasNextPage: false }, edges: [] },
      },
    });
    const found = await clientWith(routedFetch(personReply, noApproved)).people.getCase(person.id);
    expect(found?.currentSupportPlan).toBeNull();
    expect(found?.directPaymentAgreements).toEqual([]);
    const missing = routedFetch(graphqlData({ node: null }), graphqlData({ node: null }));
    expect(await clientWith(missing).people.getCase('nope')).toBeNull();
  });

  it('defaults the statement to the year up to today and validates the period', async () => {
    expect(defaultStatementPeriod(new Date('2026-11-23T15:00:00Z'))).toEqual({
      from: '2025-11-24',
      to: '2026-11-23',
    });
    expect(defaultStatementPeriod(new Date('2028-02-29T00:00:00Z'))).toEqual({
      from: '2027-03-01',
      to: '2028-02-29',
    });
    const client = clientWith(fakeFetch());
    await expect(client.people.getCase(person.id, { statementFrom: '1/4/2026' })).rejects.toThrow(
      TypeError,
    );
    await expect(
      client.people.getCase(person.id, { statementFrom: '2026-05-01', statementTo: '2026-04-01' }),
    ).rejects.toThrow(/after/);
  });
});

describe('delegatedPeople.list', () => {
  it('awaits to the first page and iterates through every page', async () => {
    const asDelegated = (page: ReturnType<typeof peoplePage>) => ({ delegatedPeople: page.people });
    const fetch = fakeFetch(
      graphqlData(asDelegated(peoplePage(0, 2, true))),
      graphqlData(asDelegated(peoplePage(2, 1, false))),
    );
    const list = clientWith(fetch).delegatedPeople.list({ pageSize: 2 });
    expect((await list).items.map((one) => one.laPersonId)).toEqual(['P-0', 'P-1']);
    const all: string[] = [];
    for await (const one of list) all.push(one.laPersonId);
    expect(all).toEqual(['P-0', 'P-1', 'P-2']);
    expect(fetch.calls.map((call) => call.body?.variables)).toEqual([
      { first: 2, after: null },
      { first: 2, after: 'cursor-1' },
    ]);
    expect(() => clientWith(fetch).delegatedPeople.list({ pageSize: 101 })).toThrow(/pageSize/);
  });
});
