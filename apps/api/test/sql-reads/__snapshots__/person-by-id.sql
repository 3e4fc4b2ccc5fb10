-- root pages in the text: 0
-- parameters: nodeId, council, auditSubject, auditOperation, requestId
WITH answer AS MATERIALIZED (SELECT (SELECT json_build_array(t0."id", t0."given_name", t0."family_name", t0."birth_date") FROM "person" t0
             WHERE t0."id" = $1::uuid
               AND t0."council_id" = $2::uuid) AS c0),
audited AS (INSERT INTO audit_log (council_id, actor_subject, kind, operation, entity, entity_ids,
       outcome, acting_for_person_id, delegation_id, request_id)
  SELECT $2::uuid, $3, 'READ', $4, shown.entity, array_agg(DISTINCT shown.id), 'OK', NULL, NULL, $5
    FROM answer a, LATERAL (VALUES ('Person', CASE WHEN a.c0 IS NOT NULL THEN $1::uuid END)) shown(entity, id)
   WHERE shown.id IS NOT NULL
   GROUP BY shown.entity)
SELECT * FROM answer
