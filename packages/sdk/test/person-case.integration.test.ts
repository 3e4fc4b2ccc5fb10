import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type OpenPbClient } from '../src/create-client.ts';
import { signInAsPersona } from '../src/development/persona-sign-in.ts';
import { PersonJourneyDocument } from '../src/generated/types/graphql.ts';

const url = inject('apiUrl');
let db: PrismaClient;
let client: OpenPbClient;
let personId: string;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  db = createDatabaseClient({ databaseUrl: inject('databaseUrl'), poolSize: 2 });
  // a seeded person with an approved plan and a direct payment agreement
  const plan = await db.supportPlan.findFirstOrThrow({
    where: { status: 'APPROVED', person: { agreements: { some: {} } } },
    orderBy: { id: 'asc' },
  });
  personId = plan.personId;
  client = createClient({ url, token: await signInAsPersona({ url, persona: 'social-worker' }) });
});

afterAll(() => db?.$disconnect());

describe('people.getCase against the real API', () => {
  it('returns the current support plan with costed lines and costs', async () => {
    const found = await client.people.getCase(globalId('Person', personId));
    expect(found?.id).toBe(globalId('Person', personId));
    const plan = found?.currentSupportPlan;
    expect(plan?.status).toBe('APPROVED');
    expect(plan?.lines.length).toBeGreaterThan(0);
    expect(plan?.outcomes.length).toBeGreaterThan(0);
    for (const line of plan?.lines ?? []) {
      expect(Number.isInteger(line.weeklyCostPence)).toBe(true);
      expect(line.serviceComponent).toEqual(expect.any(String));
      expect(line.deliveryMechanism).toEqual(expect.any(String));
    }
    expect(plan?.costs.weeklyCostPence).toEqual(expect.any(Number));
    expect(plan?.costs.annualCostPence).toEqual(expect.any(Number));
    if (plan?.costs.annualBudgetPence != null) {
      expect(plan.costs.annualDifferencePence).toBe(
        plan.costs.annualBudgetPence - plan.costs.annualCostPence,
      );
    }
  });

  it('returns the direct payment agreements with a consistent statement summary', async () => {
    const found = await client.people.getCase(globalId('Person', personId), {
      statementFrom: '2000-01-01',
      statementTo: '2030-12-31',
    });
    const agreements = found?.directPaymentAgreements ?? [];
    expect(agreements.length).toBeGreaterThan(0);
    for (const { statement, contingencyAllowancePence } of agreements) {
      expect(statement).toMatchObject({ from: '2000-01-01', to: '2030-12-31' });
      expect(statement.openingBalancePence).toBe(0);
      expect(statement.contingencyAllowancePence).toBe(contingencyAllowancePence);
      expect(statement.surplusPence).toBe(Math.max(0, statement.closingBalancePence));
      expect(statement.recoverablePence).toBe(
        Math.max(0, statement.surplusPence - statement.contingencyAllowancePence),
      );
    }
  });

  it('is null for an id that does not exist', async () => {
    expect(
      await client.people.getCase(globalId('Person', '00000000-0000-7000-8000-000000000000')),
    ).toBeNull();
  });
});

describe('people.getJourney against the real API', () => {
  it('returns the person’s timeline and the records its next steps act on', async () => {
    const id = globalId('Person', personId);
    const journey = await client.people.getJourney(id);
    const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(journey).toMatchObject({
      id,
      givenName: person.givenName,
      familyName: person.familyName,
    });
    expect(journey?.timeline.edges.length).toBeGreaterThan(0);
    const dates = journey?.timeline.edges.map((edge) => edge.node.date) ?? [];
    expect(dates).toEqual([...dates].sort().reverse());
    expect(journey?.supportPlans?.edges.map((edge) => edge.node.status)).toContain('APPROVED');
    expect(journey?.directPaymentAgreements?.edges.length).toBeGreaterThan(0);
    // the same data as the document through client.request, without the __typename
    const { data } = await client.request(PersonJourneyDocument, { id });
    expect(data.node).toEqual({ __typename: 'Person', ...journey });
  });

  it('is null for an id that is not a person you may see', async () => {
    expect(
      await client.people.getJourney(globalId('Person', '00000000-0000-7000-8000-000000000000')),
    ).toBeNull();
    const { council } = await client.viewer();
    expect(await client.people.getJourney(council.id)).toBeNull();
  });

  it('refuses an empty id before sending anything', async () => {
    await expect(client.people.getJourney('')).rejects.toBeInstanceOf(TypeError);
  });
});
