-- Issue 14 (D98): spend a third-party app submits is held for the council's review. It is
-- SUBMITTED until a finance officer accepts it (the SPEND entry is posted to the direct payment
-- account ledger in the same transaction, transaction_id) or rejects it with a reason; one
-- decision only. The table is keyed with council_id (D86): its primary key and its foreign keys
-- to tenant tables include it, so the tables it refers to gain a unique (council_id, id).
CREATE UNIQUE INDEX "person_council_id_id_key" ON "person"("council_id", "id");
CREATE UNIQUE INDEX "staff_member_council_id_id_key" ON "staff_member"("council_id", "id");
CREATE UNIQUE INDEX "support_plan_line_council_id_id_key" ON "support_plan_line"("council_id", "id");
CREATE UNIQUE INDEX "direct_payment_agreement_council_id_id_key" ON "direct_payment_agreement"("council_id", "id");
CREATE UNIQUE INDEX "delegation_council_id_id_key" ON "delegation"("council_id", "id");
CREATE UNIQUE INDEX "account_transaction_council_id_id_key" ON "account_transaction"("council_id", "id");

CREATE TABLE "spend_submission" (
  "id" UUID NOT NULL,
  "council_id" UUID NOT NULL,
  "agreement_id" UUID NOT NULL,
  "person_id" UUID NOT NULL,
  "delegation_id" UUID NOT NULL,
  "organisation_id" UUID NOT NULL,
  "posted_date" DATE NOT NULL,
  "amount_pence" INTEGER NOT NULL,
  "counterparty_name" TEXT NOT NULL,
  "counterparty_type" TEXT NOT NULL,
  "spend_category" TEXT NOT NULL,
  "matched_plan_line_id" UUID,
  "evidence_ref" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
  "submitted_at" TIMESTAMPTZ(3) NOT NULL,
  "decided_at" TIMESTAMPTZ(3),
  "decided_by_id" UUID,
  "rejection_reason" TEXT,
  "rejection_note" TEXT,
  "transaction_id" UUID,
  CONSTRAINT "spend_submission_pkey" PRIMARY KEY ("council_id", "id"),
  CONSTRAINT "spend_submission_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "spend_submission_agreement_fkey" FOREIGN KEY ("council_id", "agreement_id") REFERENCES "direct_payment_agreement"("council_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "spend_submission_person_fkey" FOREIGN KEY ("council_id", "person_id") REFERENCES "person"("council_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "spend_submission_delegation_fkey" FOREIGN KEY ("council_id", "delegation_id") REFERENCES "delegation"("council_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "spend_submission_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "spend_submission_matched_plan_line_fkey" FOREIGN KEY ("council_id", "matched_plan_line_id") REFERENCES "support_plan_line"("council_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "spend_submission_decided_by_fkey" FOREIGN KEY ("council_id", "decided_by_id") REFERENCES "staff_member"("council_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "spend_submission_transaction_fkey" FOREIGN KEY ("council_id", "transaction_id") REFERENCES "account_transaction"("council_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
  -- spend is money out of the account
  CONSTRAINT "spend_submission_money_out" CHECK ("amount_pence" < 0),
  CONSTRAINT "spend_submission_status" CHECK ("status" IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
  -- the status and the decision cannot disagree: awaiting review has none; an accepted spend has
  -- its ledger entry; a rejected one says why and has none
  CONSTRAINT "spend_submission_decision" CHECK (
    ("status" = 'SUBMITTED' AND "decided_at" IS NULL AND "decided_by_id" IS NULL
      AND "transaction_id" IS NULL AND "rejection_reason" IS NULL AND "rejection_note" IS NULL)
    OR ("status" = 'ACCEPTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL
      AND "transaction_id" IS NOT NULL AND "rejection_reason" IS NULL AND "rejection_note" IS NULL)
    OR ("status" = 'REJECTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL
      AND "transaction_id" IS NULL AND "rejection_reason" IS NOT NULL)
  )
);
CREATE UNIQUE INDEX "spend_submission_council_id_transaction_id_key" ON "spend_submission"("council_id", "transaction_id");
CREATE INDEX "spend_submission_council_id_status_submitted_at_id_idx" ON "spend_submission"("council_id", "status", "submitted_at", "id");

GRANT SELECT, INSERT, UPDATE ON "spend_submission" TO openpb_app;

ALTER TABLE "spend_submission" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "spend_submission"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));
