-- Signed webhooks fed from the outbox (issue 14 items 2-3, docs/decisions.md D36-D37).
--
-- An endpoint belongs to a council: its own systems (organisation_id NULL), or a third-party
-- app's (organisation_id set), which hears only of people who delegated to the organisation,
-- within the delegation's scopes, and of the organisation's own delegations. The secret signs
-- each delivery (HMAC-SHA-256, so it is kept, not hashed); after a rotation the previous one
-- signs too until previous_secret_valid_until (overlap).
CREATE TABLE "webhook_endpoint" (
  "id" UUID NOT NULL,
  "council_id" UUID NOT NULL,
  "organisation_id" UUID,
  "url" TEXT NOT NULL,
  -- Event types delivered; empty: every type.
  "event_types" TEXT[] NOT NULL DEFAULT '{}',
  "secret" TEXT NOT NULL,
  "previous_secret" TEXT,
  "previous_secret_valid_until" TIMESTAMPTZ(3),
  -- Consecutive failed attempts, and since when deliveries have failed without a success.
  "consecutive_failures" INTEGER NOT NULL DEFAULT 0,
  "failing_since" TIMESTAMPTZ(3),
  "disabled_at" TIMESTAMPTZ(3),
  "disabled_reason" TEXT,
  "created_by_subject" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "webhook_endpoint_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id"),
  CONSTRAINT "webhook_endpoint_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id"),
  CONSTRAINT "webhook_endpoint_https" CHECK ("url" ~ '^https?://')
);
CREATE INDEX "webhook_endpoint_council_id_idx" ON "webhook_endpoint"("council_id");

-- One delivery of one event to one endpoint (made in the event's transaction), and its state:
-- PENDING (due at next_attempt_at), SUCCEEDED, FAILED (gave up), SKIPPED (no longer allowed,
-- e.g. the delegation was revoked before it was sent).
CREATE TABLE "webhook_delivery" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "council_id" UUID NOT NULL,
  "endpoint_id" UUID NOT NULL,
  "event_id" UUID NOT NULL,
  "event_position" BIGINT NOT NULL,
  "person_id" UUID,
  "status" TEXT NOT NULL DEFAULT 'PENDING',
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "next_attempt_at" TIMESTAMPTZ(3) NOT NULL,
  "last_attempt_at" TIMESTAMPTZ(3),
  "last_status_code" INTEGER,
  "last_error" TEXT,
  "last_latency_ms" INTEGER,
  "delivered_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "webhook_delivery_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id"),
  CONSTRAINT "webhook_delivery_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id"),
  CONSTRAINT "webhook_delivery_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "domain_event"("id"),
  CONSTRAINT "webhook_delivery_status" CHECK ("status" IN ('PENDING', 'SUCCEEDED', 'FAILED', 'SKIPPED'))
);
CREATE UNIQUE INDEX "webhook_delivery_endpoint_id_event_id_key" ON "webhook_delivery"("endpoint_id", "event_id");
CREATE INDEX "webhook_delivery_due_idx" ON "webhook_delivery"("next_attempt_at") WHERE "status" = 'PENDING';
CREATE INDEX "webhook_delivery_endpoint_person_idx" ON "webhook_delivery"("endpoint_id", "person_id", "event_position") WHERE "status" = 'PENDING';

-- The delivery log: every attempt, its status code (or error) and latency.
CREATE TABLE "webhook_delivery_attempt" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "council_id" UUID NOT NULL,
  "delivery_id" UUID NOT NULL,
  "attempted_at" TIMESTAMPTZ(3) NOT NULL,
  "status_code" INTEGER,
  "error" TEXT,
  "latency_ms" INTEGER NOT NULL,
  CONSTRAINT "webhook_delivery_attempt_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "webhook_delivery_attempt_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id")
);
CREATE INDEX "webhook_delivery_attempt_delivery_id_idx" ON "webhook_delivery_attempt"("delivery_id");

GRANT SELECT, INSERT, UPDATE ON "webhook_endpoint", "webhook_delivery" TO openpb_app;
REVOKE ALL ON "webhook_delivery_attempt" FROM openpb_app;
GRANT SELECT, INSERT ON "webhook_delivery_attempt" TO openpb_app;
GRANT USAGE ON SEQUENCE "webhook_delivery_attempt_id_seq" TO openpb_app;

ALTER TABLE "webhook_endpoint" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "webhook_endpoint"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));
ALTER TABLE "webhook_delivery" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "webhook_delivery"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));
ALTER TABLE "webhook_delivery_attempt" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "webhook_delivery_attempt"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));

-- The delivery worker serves every council through each council's own connections; this tells it
-- which councils have deliveries due, and nothing else (no row of any council is returned).
CREATE FUNCTION openpb_councils_with_due_webhook_deliveries(p_now timestamptz) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT DISTINCT council_id FROM webhook_delivery
    WHERE status = 'PENDING' AND next_attempt_at <= p_now
  $$;
REVOKE ALL ON FUNCTION openpb_councils_with_due_webhook_deliveries(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_councils_with_due_webhook_deliveries(timestamptz) TO openpb_app;
