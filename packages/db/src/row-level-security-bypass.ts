import type pg from 'pg';

/**
 * Why the pool's login would not be held by row-level security (D14), or null when it is: a
 * superuser, a role with BYPASSRLS, or the owner of the tables (or a member of the owner) all see
 * every council's rows whatever the policies say.
 */
export async function rowLevelSecurityBypass(pool: pg.Pool): Promise<string | null> {
  const { rows } = await pool.query<{ superuser: boolean; bypass: boolean; owner: boolean }>(`
    SELECT r.rolsuper AS superuser,
           r.rolbypassrls AS bypass,
           EXISTS (SELECT FROM pg_tables t
                   WHERE t.schemaname = 'public' AND pg_has_role(current_user, t.tableowner, 'USAGE')) AS owner
    FROM pg_roles r WHERE r.rolname = current_user`);
  const role = rows[0];
  if (!role) return 'the login role was not found';
  if (role.superuser) return 'the login is a superuser';
  if (role.bypass) return 'the login has BYPASSRLS';
  if (role.owner) return 'the login owns the tables (or is a member of their owner)';
  return null;
}
