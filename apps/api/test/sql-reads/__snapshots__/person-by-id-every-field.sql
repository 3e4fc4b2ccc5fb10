-- root pages in the text: 0
-- parameters: nodeId, pageSize, pageSize, pageSize, pageSize, council
SELECT (SELECT json_build_array(t0."id", t0."accommodation_status", t0."autism", t0."birth_date", t0."capacity_assessed_on", t0."client_funding_status", t0."client_type", t0."death_date", t0."dementia", t0."employment_status", t0."ethnicity", t0."family_name", t0."gender", t0."given_name", t0."gp_practice_code", t0."gp_practice_name", t0."has_unpaid_carer", t0."hearing_impairment", t0."la_person_id", t0."mental_capacity_for_dp", t0."nhs_number", t0."postcode", t0."primary_support_reason", t0."visual_impairment", array_to_json(ARRAY(SELECT json_build_array(t1."id", t1."account_type", t1."payment_basis", t1."weekly_gross_pence", t1."weekly_contribution_pence", t1."contingency_weeks_hundredths", t1."contribution_frequency", t1."end_date", t1."first_review_due_date", t1."representative_id", t1."legal_basis", t1."account_ref", t1."payment_frequency", t1."recipient_type", t1."signed_date", t1."start_date", t1."status", t1."termination_reason", array_to_json(ARRAY(SELECT json_build_array(t2."id", t2."amount_pence", t2."counterparty_name", t2."counterparty_type", t2."evidence_ref", t2."flag", t2."kind", t2."posted_date", t2."spend_category")
              FROM "account_transaction" t2
             WHERE t2."agreement_id" = t1."id"
             ORDER BY t2."posted_date" DESC, t2."id" DESC LIMIT $3::int)), (SELECT count(*)::int FROM "account_transaction" t3 WHERE t3."agreement_id" = t1."id"))
              FROM "direct_payment_agreement" t1
             WHERE t1."person_id" = t0."id"
             ORDER BY t1."start_date" DESC, t1."id" DESC LIMIT $2::int)), array_to_json(ARRAY(SELECT json_build_array(t4."id", t4."annual_la_contribution_pence", t4."annual_person_contribution_pence", t4."annual_total_pence", t4."approval_level", t4."effective_from", t4."effective_to", t4."indicative_difference_reasons", t4."signed_off_at", t4."status", t4."version", t4."withdrawal_reason", array_to_json(ARRAY(SELECT json_build_array(t5."id", t5."annual_amount_pence", t5."mode")
              FROM "budget_deployment" t5
             WHERE t5."budget_id" = t4."id"
             ORDER BY t5."id" ASC)))
              FROM "personal_budget" t4
             WHERE t4."person_id" = t0."id"
             ORDER BY t4."effective_from" DESC, t4."id" DESC LIMIT $4::int)), array_to_json(ARRAY(SELECT json_build_array(t6."id", t6."approved_at", t6."end_date", t6."first_review_due_date", t6."first_review_later_reason", t6."next_review_due_date", t6."next_review_later_reason", t6."rejected_at", t6."rejection_reason", t6."revision", t6."start_date", t6."status", t6."submitted_at", t6."version", array_to_json(ARRAY(SELECT json_build_array(t7."id", t7."unit_cost_pence", t7."cost_frequency", t7."planned_units_per_week_hundredths", t7."delivery_mechanism", t7."description", t7."end_date", t7."funding_source", t7."position", t7."provider_cqc_location_id", t7."provider_cqc_location_name", t7."service_component", t7."service_type", t7."start_date", t7."status", t7."weekly_cost_pence")
              FROM "support_plan_line" t7
             WHERE t7."plan_id" = t6."id"
             ORDER BY t7."position" ASC, t7."id" ASC)))
              FROM "support_plan" t6
             WHERE t6."person_id" = t0."id"
             ORDER BY t6."version" DESC LIMIT $5::int)), (SELECT count(*)::int FROM "direct_payment_agreement" t8 WHERE t8."person_id" = t0."id"), (SELECT count(*)::int FROM "personal_budget" t9 WHERE t9."person_id" = t0."id"), (SELECT count(*)::int FROM "support_plan" t10 WHERE t10."person_id" = t0."id")) FROM "person" t0
             WHERE t0."id" = $1::uuid
               AND t0."council_id" = $6::uuid) AS c0
