import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/yoga.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
});

afterAll(() => t.close());

describe('GraphiQL in development', () => {
  const api = () =>
    createApi({
      databases: t.databases,
      production: false,
      verifyToken: async () => ({ subject: 's', councilId: DEMO_COUNCIL.id, roles: ['AUDITOR'] }),
      graphiqlToken: async (persona) => `token-of-${persona ?? 'default'}`,
    });

  it('is served whole from the API, with no asset from a CDN (it works offline)', async () => {
    const page = await api().fetch('http://api.test/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    expect(html).not.toContain('unpkg.com');
    expect(page.headers.get('content-security-policy')).not.toContain('unpkg.com');
  });

  it('opens with a token of the persona asked for', async () => {
    const asked = await api().fetch('http://api.test/graphql?persona=team-manager', {
      headers: { accept: 'text/html' },
    });
    expect(await asked.text()).toContain('token-of-team-manager');
    const plain = await api().fetch('http://api.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await plain.text()).toContain('token-of-default');
  });
});
