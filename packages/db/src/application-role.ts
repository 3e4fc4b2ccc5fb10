import { withAdminConnection } from './database-admin.ts';

/** The login the API uses on local and test servers: a member of `openpb_app` (D14). */
const LOCAL_APPLICATION_LOGIN = { user: 'openpb_api', password: 'openpb-local' } as const;

/**
 * On a local or test server: creates the API's login role, a member of the `openpb_app` role that
 * the row-level-security migration creates (so migrate a database of the server first). Roles
 * belong to the server, so once is enough for all its databases. In production the database
 * administrator creates the login and `DATABASE_URL` names it (README, "Running in production").
 */
export async function ensureApplicationLogin(serverUrl: string): Promise<void> {
  const { user, password } = LOCAL_APPLICATION_LOGIN;
  await withAdminConnection(serverUrl, (client) =>
    // CREATE ROLE takes no parameters; the name and password are the constants above
    client.query(`
      DO $$
      BEGIN
        CREATE ROLE ${user} LOGIN PASSWORD '${password}' NOSUPERUSER NOBYPASSRLS IN ROLE openpb_app;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- made already (or concurrently)
      END
      $$`),
  );
}

/** The same database as the local application login. */
export function asApplicationLogin(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.username = LOCAL_APPLICATION_LOGIN.user;
  url.password = LOCAL_APPLICATION_LOGIN.password;
  return url.toString();
}
