-- Request rate limits shared by every API process on the database (docs/decisions.md D85): one
-- token bucket per council and token subject, from which each process takes a few tokens at a
-- time with one atomic upsert, so that two or more API processes behind a load balancer count
-- the same requests. `taken`: how many the last upsert took. Limiter state only: no personal
-- data; rows idle for ten minutes are pruned by the API.
CREATE TABLE "request_rate_limit" (
  "council_id" UUID NOT NULL,
  "subject" TEXT NOT NULL,
  "tokens" DOUBLE PRECISION NOT NULL,
  "taken" INTEGER NOT NULL,
  "updated_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "request_rate_limit_pkey" PRIMARY KEY ("council_id", "subject")
);
CREATE INDEX "request_rate_limit_council_id_updated_at_idx" ON "request_rate_limit" ("council_id", "updated_at");
GRANT SELECT, INSERT, UPDATE, DELETE ON "request_rate_limit" TO openpb_app;

ALTER TABLE "request_rate_limit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "request_rate_limit"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));
