import { describe, expect, it } from 'vitest';
import { type ClientOptions, resolveClientOptions } from './client-options.ts';
import { createClient } from './create-client.ts';

describe('createClient options', () => {
  it('rejects unknown keys, naming them', () => {
    const options = {
      url: 'http://api.test',
      token: 't',
      tokne: 'typo',
    } as unknown as ClientOptions;
    expect(() => createClient(options)).toThrow(/Unknown createClient option: tokne/);
  });

  it('needs exactly one of token and getToken', () => {
    expect(() => createClient({ url: 'http://api.test' } as unknown as ClientOptions)).toThrow(
      /exactly one/,
    );
    const both = {
      url: 'http://api.test',
      token: 'a',
      getToken: () => 'b',
    } as unknown as ClientOptions;
    expect(() => createClient(both)).toThrow(/exactly one/);
    expect(() => createClient({ url: 'http://api.test', token: '' })).toThrow(/non-empty/);
  });

  it('validates url, timeoutMs, maxRetries and fetch', () => {
    expect(() => createClient({ url: 'api.test', token: 't' })).toThrow(/absolute/);
    expect(() => createClient({ url: 'ftp://api.test', token: 't' })).toThrow(/http/);
    expect(() => createClient({ url: 'http://api.test', token: 't', timeoutMs: 0 })).toThrow(
      /timeoutMs/,
    );
    expect(() => createClient({ url: 'http://api.test', token: 't', maxRetries: -1 })).toThrow(
      /maxRetries/,
    );
    expect(() => createClient({ url: 'http://api.test', token: 't', maxRetries: 2.5 })).toThrow(
      /maxRetries/,
    );
    const badFetch = {
      url: 'http://api.test',
      token: 't',
      fetch: 'no',
    } as unknown as ClientOptions;
    expect(() => createClient(badFetch)).toThrow(/fetch/);
  });

  it('derives the GraphQL endpoint from a base URL or the endpoint itself', () => {
    const endpoint = (url: string) => resolveClientOptions({ url, token: 't' }).endpoints;
    expect(endpoint('http://127.0.0.1:4000')).toEqual({
      base: 'http://127.0.0.1:4000',
      graphql: 'http://127.0.0.1:4000/graphql',
    });
    expect(endpoint('http://127.0.0.1:4000/graphql').graphql).toBe('http://127.0.0.1:4000/graphql');
    expect(endpoint('https://council.example/api/').graphql).toBe(
      'https://council.example/api/graphql',
    );
  });

  it('applies defaults', () => {
    const resolved = resolveClientOptions({ url: 'http://api.test', token: 't' });
    expect(resolved.timeoutMs).toBe(30_000);
    expect(resolved.maxRetries).toBe(2);
  });
});
