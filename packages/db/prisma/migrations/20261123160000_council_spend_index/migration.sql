-- The council summary sums a council's spend ledger entries in a period: without this index it
-- read every council's ledger (a sequential scan of account_transaction per request).
-- CreateIndex
CREATE INDEX "account_transaction_council_id_kind_posted_date_idx" ON "account_transaction"("council_id", "kind", "posted_date");
