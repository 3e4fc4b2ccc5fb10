import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMAND_LIMITS } from '../src/plugins/demand-control.ts';
import { createApi } from '../src/yoga.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

let t: TestApi;
let token: string;

beforeAll(async () => {
  t = await startTestApi({ rateLimitPerMinute: 60 });
  await t.db.council.create({ data: { ...DEMO_COUNCIL } });
  token = await t.tokenFor({ councilId: DEMO_COUNCIL.id });
});

afterAll(() => t.close());

describe('demand control', () => {
  it('refuses a query deeper than the limit before touching the database', async () => {
    const deep = (level: number): string =>
      level === 0
        ? 'id'
        : `id personalBudgets(first: 1) { edges { node { person { ${deep(level - 1)} } } } }`;
    t.resetStatements();
    const { body } = await t.graphql(`{ people(first: 1) { edges { node { ${deep(4)} } } } }`, {
      token,
    });
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body.errors)).toMatch(/depth/i);
    expect(t.statements).toEqual([]);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from(
      { length: DEMAND_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: viewer { subject }`,
    ).join(' ');
    const { body } = await t.graphql(`{ ${aliases} }`, { token });
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body.errors)).toMatch(/alias/i);
  });

  it('limits each client’s request rate with 429 and Retry-After', async () => {
    const other = await t.tokenFor({ councilId: DEMO_COUNCIL.id, subject: 'staff:burst' });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i++) {
      const response = await t.api.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` },
        body: JSON.stringify({ query: '{ viewer { subject } }' }),
      });
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // another client is not affected
    const { status } = await t.graphql('{ viewer { subject } }', { token });
    expect(status).toBe(200);
  });

  it('hides the schema from introspection in production', async () => {
    const production = createApi({
      databases: t.databases,
      production: true,
      verifyToken: async () => ({ subject: 's', councilId: DEMO_COUNCIL.id, roles: ['AUDITOR'] }),
    });
    const response = await production.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.length).toBeGreaterThan(0);
    const page = await production.fetch('http://api.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});
