-- The second wall of tenancy holds against any SQL the API's login can run (issue 11 item 7,
-- docs/decisions.md D18), on one bounded pool shared by every council.
--
-- Until now a connection named its council in a setting (`openpb.council_id`) that the login
-- itself could change with set_config. Now a connection serves a council only after proving,
-- through openpb_enter_council, that the API process chose it: the proof is an HMAC-SHA-256
-- (RFC 2104), keyed by a secret that only the owner of the tables can read (tenancy_key) and that
-- the API process is given out of band, of the council and a one-time challenge of the
-- connection's own session. What the session serves is kept in a temporary table owned by the
-- owner of the tables, which the login can neither read nor write; the policies read it through
-- openpb_current_council(), once per statement.

-- Audit rows name the request they belong to (X-Request-Id), to match them with its logs.
ALTER TABLE "audit_log" ADD COLUMN "request_id" TEXT;

-- The key: 256 random bits, made here so that every database has its own. Only the owner reads it
-- (`SELECT encode(key, 'hex') FROM tenancy_key`, for OPENPB_TENANCY_KEY).
CREATE TABLE "tenancy_key" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "key" BYTEA NOT NULL,
  CONSTRAINT "tenancy_key_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tenancy_key_one_row" CHECK ("id" = 1),
  CONSTRAINT "tenancy_key_length" CHECK (length("key") = 32)
);
REVOKE ALL ON "tenancy_key" FROM PUBLIC, openpb_app;
ALTER TABLE "tenancy_key" ENABLE ROW LEVEL SECURITY; -- no policy: no row for anyone but the owner
-- gen_random_uuid draws on pg_strong_random: three of them hold 366 random bits
INSERT INTO "tenancy_key" ("key")
  SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'));

-- HMAC-SHA-256 of a message under the tenancy key (RFC 2104: a 64-byte block, the 32-byte key
-- padded with zeros). For the functions below only: no role but the owner may call it.
CREATE FUNCTION openpb_tenancy_hmac(p_message text) RETURNS text
  LANGUAGE sql STABLE
  SET search_path = pg_catalog, pg_temp
  AS $$
    SELECT encode(sha256(pads.outer_pad || sha256(pads.inner_pad || convert_to(p_message, 'UTF8'))), 'hex')
    FROM (
      SELECT decode(string_agg(lpad(to_hex(k.byte # 54), 2, '0'), '' ORDER BY k.i), 'hex') AS inner_pad,
             decode(string_agg(lpad(to_hex(k.byte # 92), 2, '0'), '' ORDER BY k.i), 'hex') AS outer_pad
      FROM (
        SELECT i, CASE WHEN i < 32 THEN get_byte(t.key, i) ELSE 0 END AS byte
        FROM public.tenancy_key t, generate_series(0, 63) AS i
      ) k
    ) pads
  $$;
REVOKE ALL ON FUNCTION openpb_tenancy_hmac(text) FROM PUBLIC;

-- The session's state, in a temporary table of the owner: the council served (NULL: none),
-- whether it serves sign-in (outside any council), and the challenge the next proof must answer.
-- The table is the owner's only if the owner made it: one the login made is ignored.
CREATE FUNCTION openpb_session_table() RETURNS regclass
  LANGUAGE plpgsql STABLE
  SET search_path = pg_catalog, pg_temp
  AS $$
  DECLARE
    session regclass := to_regclass('pg_temp.openpb_session');
  BEGIN
    IF session IS NOT NULL
       AND (SELECT relowner FROM pg_class WHERE oid = session) = to_regrole(current_user)::oid THEN
      RETURN session;
    END IF;
    RETURN NULL;
  END
  $$;
REVOKE ALL ON FUNCTION openpb_session_table() FROM PUBLIC;

-- The challenge the session's next openpb_enter_council must answer (made on first use).
CREATE FUNCTION openpb_session_challenge() RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
  BEGIN
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
REVOKE ALL ON FUNCTION openpb_session_challenge() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_session_challenge() TO openpb_app;

-- Makes the session serve a council (p_council) or sign-in (p_council NULL), given
-- p_proof = hex(HMAC-SHA-256(key, "<council uuid or 'outside-tenancy'>:<challenge>")). Each
-- challenge answers once: the function returns the next one. A wrong proof changes nothing and
-- is refused; so is a call inside a transaction (the API enters between transactions only).
CREATE FUNCTION openpb_enter_council(p_council uuid, p_proof text) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
  DECLARE
    current_challenge text := public.openpb_session_challenge();
    next_challenge text := gen_random_uuid()::text;
  BEGIN
    IF p_proof IS DISTINCT FROM public.openpb_tenancy_hmac(
         coalesce(p_council::text, 'outside-tenancy') || ':' || current_challenge) THEN
      RAISE EXCEPTION 'tenancy proof refused' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE pg_temp.openpb_session
      SET council_id = p_council, outside_tenancy = p_council IS NULL, challenge = next_challenge;
    RETURN next_challenge;
  END
  $$;
REVOKE ALL ON FUNCTION openpb_enter_council(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_enter_council(uuid, text) TO openpb_app;

-- The council this session proved it serves, or NULL. The policies call it as
-- `(SELECT openpb_current_council())`, an init plan: once per statement, not once per row.
CREATE OR REPLACE FUNCTION openpb_current_council() RETURNS uuid
  LANGUAGE plpgsql STABLE PARALLEL RESTRICTED SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
  BEGIN
    IF public.openpb_session_table() IS NULL THEN
      RETURN NULL;
    END IF;
    RETURN (SELECT council_id FROM pg_temp.openpb_session);
  END
  $$;
REVOKE ALL ON FUNCTION openpb_current_council() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_current_council() TO openpb_app;

-- Whether this session proved it serves sign-in (outside any council).
CREATE FUNCTION openpb_serves_sign_in() RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
  SET search_path = pg_catalog, pg_temp
  AS $$
  BEGIN
    IF public.openpb_session_table() IS NULL THEN
      RETURN false;
    END IF;
    RETURN coalesce((SELECT outside_tenancy FROM pg_temp.openpb_session), false);
  END
  $$;
REVOKE ALL ON FUNCTION openpb_serves_sign_in() FROM PUBLIC;

-- The sign-in look-up (columns as in 20261201020000) answers only a session that proved it
-- serves sign-in: a connection serving a council, or one that proved nothing, gets no row, so no
-- SQL on a council's connection can read another council's client secrets' hashes.
CREATE OR REPLACE FUNCTION openpb_api_client_for_sign_in(p_client_id text)
  RETURNS TABLE (client_id text, council_id uuid, organisation_id uuid, secret_hash text,
                 active boolean, previous_secret_hash text,
                 previous_secret_valid_until timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT client_id, council_id, organisation_id, secret_hash, active, previous_secret_hash,
           previous_secret_valid_until, revoked_at
    FROM api_client WHERE client_id = p_client_id AND openpb_serves_sign_in()
  $$;

-- Every council policy compares with the init plan (the function is no longer inlined).
DO $$
DECLARE
  policy record;
BEGIN
  FOR policy IN
    SELECT c.relname AS table_name, p.polname AS policy_name, p.polcmd AS command
    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
    WHERE c.relnamespace = 'public'::regnamespace
      AND p.polname IN ('council_isolation', 'council_append')
  LOOP
    IF policy.table_name = 'council' THEN
      EXECUTE format('ALTER POLICY %I ON %I USING (id = (SELECT openpb_current_council()))',
                     policy.policy_name, policy.table_name);
    ELSIF policy.policy_name = 'council_append' THEN
      EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (council_id IS NULL OR council_id = (SELECT openpb_current_council()))',
                     policy.policy_name, policy.table_name);
    ELSIF policy.command = 'r' THEN
      EXECUTE format('ALTER POLICY %I ON %I USING (council_id = (SELECT openpb_current_council()))',
                     policy.policy_name, policy.table_name);
    ELSE
      EXECUTE format('ALTER POLICY %I ON %I USING (council_id = (SELECT openpb_current_council())) WITH CHECK (council_id = (SELECT openpb_current_council()))',
                     policy.policy_name, policy.table_name);
    END IF;
  END LOOP;
END
$$;
