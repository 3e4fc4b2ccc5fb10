import { withAdminConnection } from './database-admin.ts';

/**
 * The tenancy key of a database (hex), read as the owner of the tables: the key the API proves
 * with which council each connection serves (docs/decisions.md D18). In development and tests the
 * process that migrated the database reads it; in production the API is given it
 * (OPENPB_TENANCY_KEY) and never holds the owner's credentials.
 */
export async function readTenancyKey(ownerDatabaseUrl: string): Promise<string> {
  const rows = await withAdminConnection(ownerDatabaseUrl, async (client) => {
    try {
      return (
        await client.query<{ key: string }>("SELECT encode(key, 'hex') AS key FROM tenancy_key")
      ).rows;
    } catch {
      return [];
    }
  });
  const key = rows[0]?.key;
  if (!key) {
    throw new Error(
      "No tenancy key readable: set OPENPB_TENANCY_KEY (as the owner of the tables: SELECT encode(key, 'hex') FROM tenancy_key), or migrate the database",
    );
  }
  return key;
}
