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
            ORDER BY effective_from DESC, id DESC LIMIT 1) b)),
    'supportPlans', json_build_object('edges', (
      SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'version', sp.version,
        'lines', (
          SELECT coalesce(json_agg(json_build_object('description', l.description,
                                                     'weeklyCostPence', l.weekly_cost_pence)
                                   ORDER BY l.position), '[]'::json)
          FROM support_plan_line l WHERE l.plan_id = sp.id)
      )) ORDER BY sp.version DESC), '[]'::json)
      FROM (SELECT * FROM support_plan
            WHERE person_id = p.id AND council_id = $1
            ORDER BY version DESC LIMIT 1) sp)),
    'directPaymentAgreements', json_build_object('edges', (
      SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'transactions', json_build_object('edges', (
          SELECT coalesce(json_agg(json_build_object('node', json_build_object(
            'postedDate', to_char(t.posted_date, 'YYYY-MM-DD'),
            'amountPence', t.amount_pence,
            'kind', t.kind)) ORDER BY t.posted_date DESC, t.id DESC), '[]'::json)
          FROM (SELECT * FROM account_transaction
                WHERE agreement_id = a.id
                ORDER BY posted_date DESC, id DESC LIMIT 10) t))
      )) ORDER BY a.start_date DESC, a.id DESC), '[]'::json)
      FROM (SELECT * FROM direct_payment_agreement
            WHERE person_id = p.id AND council_id = $1
            ORDER BY start_date DESC, id DESC LIMIT 2) a))
  )) ORDER BY p.family_name, p.given_name, p.id), '[]'::json)
)))::text AS body
FROM (SELECT * FROM person WHERE council_id = $1 ORDER BY family_name, given_name, id LIMIT $2) p`;

/**
 * The council summary has no floor yet: its SQL lives in @openpb/db/reporting/council-summary and
 * the API already runs it as a handful of aggregate statements.
 */

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
