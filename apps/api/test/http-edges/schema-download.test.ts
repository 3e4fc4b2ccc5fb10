import { readFile } from 'node:fs/promises';
import { schemaFile } from '@openpb/graphql/schema-file';
import { buildClientSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApiServer, type TestApiServer } from '../../src/testing/test-api-server.ts';

// Issue 13 item 6: in development the schema is downloadable from the API, as SDL and as
// introspection JSON, and it is the committed schema.graphql.

let server: TestApiServer;

beforeAll(async () => {
  server = await startTestApiServer();
});
afterAll(() => server?.stop());

describe('the schema, downloadable in development', () => {
  it('GET /schema.graphql is the committed schema.graphql', async () => {
    const response = await fetch(`${server.url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const committed = await readFile(schemaFile, 'utf8');
    expect((await response.text()).trim()).toBe(committed.trim());
  });

  it('GET /schema.json is the introspection of the same schema', async () => {
    const response = await fetch(`${server.url}/schema.json`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: Parameters<typeof buildClientSchema>[0] };
    const committed = await readFile(schemaFile, 'utf8');
    expect(printSchema(buildClientSchema(data)).trim()).toBe(committed.trim());
  });

  it('answers only GET', async () => {
    const response = await fetch(`${server.url}/schema.json`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
