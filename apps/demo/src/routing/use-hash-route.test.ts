import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './use-hash-route.ts';

describe('parseRoute', () => {
  it('gives every screen its own address and round-trips it', () => {
    for (const route of [
      { name: 'workspace' },
      { name: 'people' },
      { name: 'people', query: 'search=Ab&reason=MENTAL_HEALTH' },
      { name: 'figures' },
      { name: 'person', id: 'UGVyc29uOjE=' },
      { name: 'journey', id: 'UGVyc29uOjE=' },
      { name: 'delegated-person', id: 'UGVyc29uOjE=' },
    ] as const) {
      expect(parseRoute(hrefFor(route))).toEqual(route);
    }
    expect(parseRoute('')).toEqual({ name: 'workspace' });
  });

  it('says not found for an address that matches no screen', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', hash: '#/nowhere' });
    expect(parseRoute('#/people/%E0%A4%A')).toEqual({
      name: 'not-found',
      hash: '#/people/%E0%A4%A',
    });
  });
});
