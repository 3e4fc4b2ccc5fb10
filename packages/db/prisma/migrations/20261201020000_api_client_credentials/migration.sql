-- Client credentials that resist guessing and can be rotated and revoked; identity checks that
-- create nothing for unknown councils (issue 11 items 3 and 4, docs/decisions.md D17).

-- Rotation: the previous secret stays valid until previous_secret_valid_until (a grace period
-- for the app to deploy the new one); revocation ends sign-in and the app's tokens.
ALTER TABLE "api_client"
  ADD COLUMN "previous_secret_hash" TEXT,
  ADD COLUMN "previous_secret_valid_until" TIMESTAMPTZ(3),
  ADD COLUMN "revoked_at" TIMESTAMPTZ(3);

-- Sign-in attempts per client id and per address, shared by every API process: an attempt is
-- counted with one atomic upsert before the secret is checked; beyond the limit each further
-- attempt waits twice as long as the last (HTTP 429 with Retry-After). `key` is a SHA-256 of
-- "client:<id>" or "address:<ip>", so no address is stored.
CREATE TABLE "sign_in_throttle" (
  "key" TEXT NOT NULL,
  "attempts" INTEGER NOT NULL,
  "last_attempt_at" TIMESTAMPTZ(3) NOT NULL,
  "blocked_until" TIMESTAMPTZ(3),
  CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "sign_in_throttle_last_attempt_at_idx" ON "sign_in_throttle" ("last_attempt_at");
-- no council: sign-in happens before the council is known; it holds no personal data
GRANT SELECT, INSERT, UPDATE, DELETE ON "sign_in_throttle" TO openpb_app;

-- The sign-in look-up also returns the rotation and revocation state.
DROP FUNCTION openpb_api_client_for_sign_in(text);
CREATE FUNCTION openpb_api_client_for_sign_in(p_client_id text)
  RETURNS TABLE (client_id text, council_id uuid, organisation_id uuid, secret_hash text,
                 active boolean, previous_secret_hash text,
                 previous_secret_valid_until timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT client_id, council_id, organisation_id, secret_hash, active, previous_secret_hash,
           previous_secret_valid_until, revoked_at
    FROM api_client WHERE client_id = p_client_id
  $$;
REVOKE ALL ON FUNCTION openpb_api_client_for_sign_in(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_api_client_for_sign_in(text) TO openpb_app;

-- Whether a council exists, for a connection that names none: a token naming an unknown
-- council is refused before any of that council's connections is asked for.
CREATE FUNCTION openpb_council_exists(p_council_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM council WHERE id = p_council_id) $$;
REVOKE ALL ON FUNCTION openpb_council_exists(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_council_exists(uuid) TO openpb_app;
