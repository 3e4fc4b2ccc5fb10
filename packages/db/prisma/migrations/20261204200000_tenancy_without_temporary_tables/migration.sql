-- The tenancy policy's function costs a statement half of what it did (issue 16 item 4,
-- docs/decisions.md D110). It read the session's table only after a plpgsql frame of its own had
-- queried pg_class for the table's owner, so that a table of the same name the login made itself
-- is ignored: ~77 µs of PostgreSQL CPU for each table of every statement, now ~37. The login now
-- cannot make a temporary table at all: the database withholds TEMPORARY from PUBLIC (the owner,
-- who makes the session tables inside openpb_session_challenge, keeps it), and a session whose
-- login, or any role it belongs to, may still make one is refused its challenge, so it never
-- serves a council. The function keeps a cheaper check of its own (below).
DO $$
BEGIN
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- Whether the session's login could make a table of the owner's name, so that the session must
-- not serve: it, or a role it belongs to, may make temporary tables here while row-level
-- security holds it (a superuser, a BYPASSRLS role or the owner sees every row anyway).
CREATE FUNCTION openpb_login_may_forge_session() RETURNS boolean
  LANGUAGE sql STABLE
  SET search_path = pg_catalog, pg_temp
  AS $$
    SELECT NOT login.rolsuper AND NOT login.rolbypassrls
       AND NOT pg_has_role(login.oid, current_user, 'MEMBER')
       AND EXISTS (SELECT FROM pg_roles r
                    WHERE pg_has_role(login.oid, r.oid, 'MEMBER')
                      AND has_database_privilege(r.oid, current_database(), 'TEMPORARY'))
    FROM pg_roles login WHERE login.rolname = session_user
  $$;
REVOKE ALL ON FUNCTION openpb_login_may_forge_session() FROM PUBLIC;

-- As in 20261201030000, and first refusing a session whose login may make temporary tables.
CREATE OR REPLACE FUNCTION openpb_session_challenge() RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
  BEGIN
    IF public.openpb_login_may_forge_session() THEN
      RAISE EXCEPTION 'the API''s login may create temporary tables in this database: revoke TEMPORARY on the database from PUBLIC and from its roles (docs/decisions.md D110)'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF public.openpb_session_table() IS NULL THEN
      IF to_regclass('pg_temp.openpb_session') IS NOT NULL THEN
        RAISE EXCEPTION 'openpb_session is not the owner''s table';
      END IF;
      CREATE TEMPORARY TABLE openpb_session (
        council_id uuid,
        outside_tenancy boolean NOT NULL,
        challenge text NOT NULL
      );
      INSERT INTO pg_temp.openpb_session VALUES (NULL, false, gen_random_uuid()::text);
    END IF;
    RETURN (SELECT challenge FROM pg_temp.openpb_session);
  END
  $$;

-- The council this session proved it serves (NULL: none). The policies call it as
-- `(SELECT openpb_current_council())`, an init plan: once per statement and table. Only the owner
-- can have made the table it reads while the login may not make temporary tables (above); in case
-- a database is restored or copied without its privileges (PUBLIC then may again), a table whose
-- owner's rights the login holds (its own, or a role's it inherits) is still ignored: the owner
-- of an object always holds its grant options (PostgreSQL, GRANT), and the owner's session table
-- grants the login nothing. That check is a look-up in the catalogue cache, where the one it
-- replaces was a query of pg_class. A session without the table (one that never asked for a
-- challenge) fails on tenant tables. (The migration's own session has no such table, so the body
-- is checked when first called, not here.)
SET check_function_bodies = off;
CREATE OR REPLACE FUNCTION openpb_current_council() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL RESTRICTED SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
    SELECT council_id FROM pg_temp.openpb_session
     WHERE NOT has_table_privilege(session_user, 'pg_temp.openpb_session'::regclass,
                                   'SELECT WITH GRANT OPTION')
  $$;
RESET check_function_bodies;
