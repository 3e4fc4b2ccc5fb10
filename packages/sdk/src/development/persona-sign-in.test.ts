import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../../test/support/fake-fetch.ts';
import type { SignInAsPersonaOptions } from './persona-sign-in.ts';
import { listPersonas, signInAsPersona } from './persona-sign-in.ts';

describe('development sign-in', () => {
  it('lists personas from GET /dev/personas', async () => {
    const personas = [
      { key: 'social-worker', name: 'Amara Okafor', title: 'Qualified social worker' },
    ];
    const fetch = fakeFetch({ json: { personas } });
    expect(await listPersonas({ url: 'http://api.test/graphql', fetch })).toEqual(personas);
    expect(fetch.calls[0]).toMatchObject({
      url: 'http://api.test/dev/personas',
      init: { method: 'GET' },
    });
  });

  it('signs in with POST /dev/token', async () => {
    const fetch = fakeFetch({ json: { token: 'jwt' } });
    expect(await signInAsPersona({ url: 'http://api.test', persona: 'auditor', fetch })).toBe(
      'jwt',
    );
    expect(fetch.calls[0]).toMatchObject({
      url: 'http://api.test/dev/token',
      init: { method: 'POST' },
      body: { persona: 'auditor' },
    });
  });

  it('reports an unknown persona and a production API as HTTP errors', async () => {
    const fetch = fakeFetch(
      { status: 400, json: { error: 'unknown persona' } },
      { status: 404, text: 'Not found' },
    );
    await expect(
      signInAsPersona({ url: 'http://api.test', persona: 'nobody', fetch }),
    ).rejects.toMatchObject({
      name: 'OpenPbHttpError',
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Signing in failed with HTTP 400: unknown persona',
    });
    await expect(listPersonas({ url: 'http://api.test', fetch })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('rejects unknown options', async () => {
    const options = {
      url: 'http://api.test',
      persona: 'x',
      role: 'admin',
    } as unknown as SignInAsPersonaOptions;
    await expect(signInAsPersona(options)).rejects.toThrow(/Unknown signInAsPersona option: role/);
  });
});
