/**
 * The floor's hand-written SQL: one statement per operation that builds the whole GraphQL
 * response body in PostgreSQL with json_build_object/json_agg, in the same shape as the API's.
 * Global ids are Relay's base64 of "Type:uuid"; weeklyTotalPence is annual/52 rounded half-up.
 */

export const CASELOAD_SQL = `
SELECT json_build_object('data', json_build_object('people', json_build_object('edges',
  coalesce(json_agg(json_build_object('node', json_build_object(
    'id', encode(convert_to('Person:' || p.id::text, 'UTF8'), 'base64'),
    'givenName', p.given_name,
    'familyName', p.family_name,
    'personalBudgets', json_build_object('edges', (
      SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'annualTotalPence', b.annual_total_pence,
        'weeklyTotalPence', (b.annual_total_pence * 2 + 52) / 104,
        'deployments', (
          SELECT coalesce(json_agg(json_build_object('mode', d.mode, 'annualAmountPence', d.annual_amount_pence)
                                   ORDER BY d.id), '[]'::json)
          FROM budget_deployment d WHERE d.budget_id = b.id)
      )) ORDER BY b.effective_from DESC, b.id DESC), '[]'::json)
      FROM (SELECT * FROM personal_budget
            WHERE person_id = p.id AND council_id = $1
            ORDER BY effective_from DESC, id DESC LIMIT 5) b))
  )) ORDER BY p.family_name, p.given_name, p.id), '[]'::json)
)))::text AS body
FROM (SELECT * FROM person WHERE council_id = $1 ORDER BY family_name, given_name, id LIMIT $2) p`;

export const PERSON_SQL = `
SELECT json_build_object('data', json_build_object('node', (
  SELECT json_build_object(
    'id', encode(convert_to('Person:' || p.id::text, 'UTF8'), 'base64'),
    'givenName', p.given_name,
    'familyName', p.family_name,
    'laPersonId', p.la_person_id,
    'birthDate', to_char(p.birth_date, 'YYYY-MM-DD'),
    'postcode', p.postcode,
    'primarySupportReason', p.primary_support_reason)
  FROM person p WHERE p.id = $1 AND p.council_id = $2)))::text AS body`;
