-- review.due and delegation.expired (D74): a date passing commits no change, so the delivery
-- worker's pass records each once. The index finds the event of a type about one subject.
CREATE INDEX "domain_event_council_id_type_subject_idx" ON "domain_event"("council_id", "type", "subject");

-- Which councils have a review fallen due or a delegation ended without its event yet: council ids
-- only (no row of any council is returned), as openpb_councils_with_due_webhook_deliveries.
CREATE FUNCTION openpb_councils_with_dated_events_due(p_now timestamptz) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT r.council_id FROM review r
    WHERE r.completed_date IS NULL AND r.cancelled_on IS NULL
      AND r.due_date <= (p_now AT TIME ZONE 'Europe/London')::date
      AND NOT EXISTS (
        SELECT 1 FROM domain_event e
        WHERE e.council_id = r.council_id AND e.type = 'review.due'
          AND e.subject = encode(convert_to('Review:' || r.id::text, 'UTF8'), 'base64'))
    UNION
    SELECT d.council_id FROM delegation d
    WHERE d.revoked_at IS NULL AND d.valid_to < (p_now AT TIME ZONE 'Europe/London')::date
      AND NOT EXISTS (
        SELECT 1 FROM domain_event e
        WHERE e.council_id = d.council_id AND e.type = 'delegation.expired'
          AND e.subject = encode(convert_to('Delegation:' || d.id::text, 'UTF8'), 'base64'))
  $$;
REVOKE ALL ON FUNCTION openpb_councils_with_dated_events_due(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_councils_with_dated_events_due(timestamptz) TO openpb_app;
