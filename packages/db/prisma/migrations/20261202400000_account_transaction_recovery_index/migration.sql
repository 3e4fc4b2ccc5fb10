-- Issue 12 regression: recoveries as at a date (recovery-as-at-sql.ts) sum, per recovery, the ledger
-- entries posted for it by then; without an index on recovery_id each recovery scanned the council's ledger.
CREATE INDEX "account_transaction_council_id_recovery_id_posted_date_idx" ON "account_transaction"("council_id", "recovery_id", "posted_date");
