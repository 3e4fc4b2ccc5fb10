-- Row-level security: the second wall of council tenancy (issue 3, docs/decisions.md D14).
--
-- The API connects as a login role that is a member of `openpb_app`: not a superuser, not the
-- owner of any table, without BYPASSRLS. Every connection of the API names its council at
-- connection start (`options=-c openpb.council_id=<uuid>`); on every tenant table a policy lets
-- that connection see and write only rows of that council. A connection that names no council
-- sees no tenant row at all. The migration role owns the tables and is not subject to the
-- policies (no FORCE), so migrations, seeding and the functions below work across councils.

-- Roles belong to the server, not the database: another database may have made it already.
DO $$
BEGIN
  CREATE ROLE openpb_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- The council of this connection, or NULL when it names none.
CREATE FUNCTION openpb_current_council() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('openpb.council_id', true), '')::uuid $$;

-- Privileges: read and write the tenant tables; append to the audit log; nothing else.
GRANT USAGE ON SCHEMA public TO openpb_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO openpb_app;
REVOKE ALL ON "_prisma_migrations" FROM openpb_app;
REVOKE INSERT, UPDATE, DELETE ON "council", "organisation" FROM openpb_app;
REVOKE UPDATE, DELETE ON "audit_log" FROM openpb_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO openpb_app;

ALTER TABLE "person" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "person"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "personal_budget" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "personal_budget"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "budget_deployment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "budget_deployment"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "council_policy" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "council_policy"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "staff_member" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "staff_member"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "representative" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "representative"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "allocation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "allocation"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "request" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "request"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "assessment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "assessment"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "financial_assessment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "financial_assessment"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "indicative_budget" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "indicative_budget"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "support_plan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "support_plan"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "support_plan_line" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "support_plan_line"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "direct_payment_agreement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "direct_payment_agreement"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "direct_payment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "direct_payment"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "account_transaction" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "account_transaction"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "direct_payment_audit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "direct_payment_audit"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "recovery" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "recovery"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "pa_employment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "pa_employment"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "review" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "review"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "safeguarding_concern" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "safeguarding_concern"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "idempotency_record" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "idempotency_record"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "api_client" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "api_client"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "delegation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "delegation"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "council" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "council" USING (id = openpb_current_council());

-- The audit log: a council reads its own entries; entries of requests that named no council
-- (a missing or invalid token) are written with no council and read by no one through the API.
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "audit_log" FOR SELECT
  USING (council_id = openpb_current_council());
CREATE POLICY council_append ON "audit_log" FOR INSERT
  WITH CHECK (council_id IS NULL OR council_id = openpb_current_council());

-- Client-credentials sign-in happens before the council is known: an app's credentials are
-- found by client id through this function, which runs as the table owner and returns only
-- what the sign-in needs.
CREATE FUNCTION openpb_api_client_for_sign_in(p_client_id text)
  RETURNS TABLE (client_id text, council_id uuid, organisation_id uuid, secret_hash text, active boolean)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT client_id, council_id, organisation_id, secret_hash, active
    FROM api_client WHERE client_id = p_client_id
  $$;
REVOKE ALL ON FUNCTION openpb_api_client_for_sign_in(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_api_client_for_sign_in(text) TO openpb_app;
