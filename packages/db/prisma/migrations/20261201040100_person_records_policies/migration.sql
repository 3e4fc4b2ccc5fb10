-- The person-record tables' policies (20261201040000_person_records) in the form every other
-- tenant table uses since 20261201030000_tenancy_proof: `(SELECT openpb_current_council())`, an
-- init plan evaluated once per statement rather than once per row (D18).
ALTER POLICY council_isolation ON "person_detail_history"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));

ALTER POLICY council_isolation ON "mental_capacity_assessment"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));

ALTER POLICY council_isolation ON "carer_link"
  USING (council_id = (SELECT openpb_current_council()))
  WITH CHECK (council_id = (SELECT openpb_current_council()));
