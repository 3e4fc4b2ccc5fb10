-- The transactional outbox (issue 14 item 1, docs/decisions.md D35): every business mutation
-- inserts its domain events in the transaction of its change, beside its audit row, so an event
-- exists exactly when its change does. Events carry ids, a type and a version, never personal
-- details. `position` orders the events of a council (and of a person) as they were committed
-- within a transaction and across them; it is what subscriptions and deliveries follow.
CREATE TABLE "domain_event" (
  "id" UUID NOT NULL,
  "position" BIGINT GENERATED ALWAYS AS IDENTITY,
  "council_id" UUID NOT NULL,
  "type" TEXT NOT NULL,
  "version" INTEGER NOT NULL,
  "person_id" UUID,
  -- The organisation the event concerns (a delegation's, an API client's): its apps hear of it.
  "organisation_id" UUID,
  "subject" TEXT NOT NULL,
  "occurred_at" TIMESTAMPTZ(3) NOT NULL,
  "payload" JSONB NOT NULL,
  "request_id" TEXT,
  CONSTRAINT "domain_event_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "domain_event_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id")
);
CREATE UNIQUE INDEX "domain_event_position_key" ON "domain_event"("position");
CREATE INDEX "domain_event_council_id_position_idx" ON "domain_event"("council_id", "position");
CREATE INDEX "domain_event_council_id_person_id_position_idx" ON "domain_event"("council_id", "person_id", "position");

-- Events are facts: the API appends them and never changes one.
REVOKE ALL ON "domain_event" FROM openpb_app;
GRANT SELECT, INSERT ON "domain_event" TO openpb_app;
GRANT USAGE ON SEQUENCE "domain_event_position_seq" TO openpb_app;

ALTER TABLE "domain_event" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "domain_event"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));
