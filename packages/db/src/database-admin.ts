import pg from 'pg';
import { poolConfigFromUrl } from './connection-config.ts';

/** Runs `work` with one short-lived connection to the server's maintenance database. */
export async function withAdminConnection<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(poolConfigFromUrl(serverUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function quoteDatabaseName(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `"${name}"`;
}

/** Creates the database unless it exists; returns true when it was created. */
export async function ensureDatabaseExists(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<boolean> {
  return withAdminConnection(serverUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    const from = template ? ` TEMPLATE ${quoteDatabaseName(template)}` : '';
    await client.query(`CREATE DATABASE ${quoteDatabaseName(name)}${from}`);
    // a copy does not keep its template's database privileges (PostgreSQL, CREATE DATABASE): the
    // migration withheld temporary tables from the API's login (D110), so withhold them again
    if (template) {
      await client.query(`REVOKE TEMPORARY ON DATABASE ${quoteDatabaseName(name)} FROM PUBLIC`);
    }
    return true;
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminConnection(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteDatabaseName(name)} WITH (FORCE)`),
  );
}
