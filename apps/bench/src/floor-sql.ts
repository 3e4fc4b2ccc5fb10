/**
 * The floor's hand-written SQL: one statement per operation. The floor's own (CASELOAD_SQL,
 * PERSON_SQL) is the cheapest for PostgreSQL that anyone has shown for the answer (issue 16
 * item 1, D101): the page's people as rows, each list under them a JSON array of positional
 * arrays (`array_to_json(ARRAY(SELECT json_build_array(…) … ORDER BY … LIMIT n))`), only the
 * columns the answer shows; Node.js shapes the GraphQL response (floor-answer.ts).
 * CASELOAD_JSON_SQL builds the whole response body in PostgreSQL with json_build_object/json_agg
 * instead, the floor of before: what that costs PostgreSQL is the "floor JSON" contender.
 * Global ids are Relay's base64 of "Type:uuid"; weeklyTotalPence is annual/52 rounded half-up.
 */

export const CASELOAD_SQL = `
SELECT p.id, p.given_name, p.family_name,
  array_to_json(ARRAY(
    SELECT json_build_array(b.annual_total_pence, (b.annual_total_pence * 2 + 52) / 104,
      array_to_json(ARRAY(SELECT json_build_array(d.mode, d.annual_amount_pence)
                            FROM budget_deployment d WHERE d.budget_id = b.id ORDER BY d.id)))
      FROM personal_budget b WHERE b.person_id = p.id AND b.council_id = $1
     ORDER BY b.effective_from DESC, b.id DESC LIMIT 1)) AS budgets,
  array_to_json(ARRAY(
    SELECT json_build_array(sp.version,
      array_to_json(ARRAY(SELECT json_build_array(l.description, l.weekly_cost_pence)
                            FROM support_plan_line l WHERE l.plan_id = sp.id ORDER BY l.position)))
      FROM support_plan sp WHERE sp.person_id = p.id AND sp.council_id = $1
     ORDER BY sp.version DESC LIMIT 1)) AS plans,
  array_to_json(ARRAY(
    SELECT array_to_json(ARRAY(SELECT json_build_array(t.posted_date, t.amount_pence, t.kind)
                                 FROM account_transaction t WHERE t.agreement_id = a.id
                                ORDER BY t.posted_date DESC, t.id DESC LIMIT 10))
      FROM direct_payment_agreement a WHERE a.person_id = p.id AND a.council_id = $1
     ORDER BY a.start_date DESC, a.id DESC LIMIT 2)) AS agreements
FROM person p WHERE p.council_id = $1 ORDER BY p.family_name, p.given_name, p.id LIMIT $2`;

export const CASELOAD_JSON_SQL = `
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
SELECT p.id, p.given_name, p.family_name, p.la_person_id, p.birth_date::text AS birth_date,
       p.postcode, p.primary_support_reason
  FROM person p WHERE p.id = $1 AND p.council_id = $2`;

export const PERSON_JSON_SQL = `
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
