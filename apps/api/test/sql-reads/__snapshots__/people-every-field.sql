-- openpb_read_d613ee9e220d309c10ba1a7a
-- parameters: council, pageSize, pageSize, pageSize, pageSize, pageSize
SELECT array_to_json(ARRAY(SELECT json_build_array(t0."id", t0."accommodation_status", t0."autism", t0."birth_date", t0."capacity_assessed_on", t0."client_funding_status", t0."client_type", t0."death_date", t0."dementia", t0."employment_status", t0."ethnicity", t0."family_name", t0."gender", t0."given_name", t0."gp_practice_code", t0."gp_practice_name", t0."has_unpaid_carer", t0."hearing_impairment", t0."la_person_id", t0."mental_capacity_for_dp", t0."nhs_number", t0."postcode", t0."primary_support_reason", t0."visual_impairment", array_to_json(ARRAY(SELECT json_build_array(t1."id", t1."account_type", t1."payment_basis", t1."weekly_gross_pence", t1."weekly_contribution_pence", t1."contingency_weeks_hundredths", t1."contribution_frequency", t1."end_date", t1."first_review_due_date", t1."representative_id", t1."legal_basis", t1."account_ref", t1."payment_frequency", t1."recipient_type", t1."signed_date", t1."start_date", t1."status", t1."termination_reason", array_to_json(ARRAY(SELECT json_build_array(t2."id", t2."amount_pence", t2."counterparty_name", t2."counterparty_type", t2."evidence_ref", t2."flag", t2."kind", t2."posted_date", t2."spend_category")
              FROM "account_transaction" t2
             WHERE t2."agreement_id" = t1."id"
             ORDER BY t2."posted_date" DESC, t2."id" DESC LIMIT $4::int)))
              FROM "direct_payment_agreement" t1
             WHERE t1."person_id" = t0."id"
             ORDER BY t1."start_date" DESC, t1."id" DESC LIMIT $3::int)), array_to_json(ARRAY(SELECT json_build_array(t3."id", t3."annual_la_contribution_pence", t3."annual_person_contribution_pence", t3."annual_total_pence", t3."approval_level", t3."effective_from", t3."effective_to", t3."indicative_difference_reasons", t3."signed_off_at", t3."status", t3."version", t3."withdrawal_reason", array_to_json(ARRAY(SELECT json_build_array(t4."id", t4."annual_amount_pence", t4."mode")
              FROM "budget_deployment" t4
             WHERE t4."budget_id" = t3."id"
             ORDER BY t4."id" ASC)))
              FROM "personal_budget" t3
             WHERE t3."person_id" = t0."id"
             ORDER BY t3."effective_from" DESC, t3."id" DESC LIMIT $5::int)), array_to_json(ARRAY(SELECT json_build_array(t5."id", t5."approved_at", t5."end_date", t5."first_review_due_date", t5."first_review_later_reason", t5."next_review_due_date", t5."next_review_later_reason", t5."rejected_at", t5."rejection_reason", t5."revision", t5."start_date", t5."status", t5."submitted_at", t5."version", array_to_json(ARRAY(SELECT json_build_array(t6."id", t6."unit_cost_pence", t6."cost_frequency", t6."planned_units_per_week_hundredths", t6."delivery_mechanism", t6."description", t6."end_date", t6."funding_source", t6."position", t6."provider_cqc_location_id", t6."provider_cqc_location_name", t6."service_component", t6."service_type", t6."start_date", t6."status", t6."weekly_cost_pence")
              FROM "support_plan_line" t6
             WHERE t6."plan_id" = t5."id"
             ORDER BY t6."position" ASC, t6."id" ASC)))
              FROM "support_plan" t5
             WHERE t5."person_id" = t0."id"
             ORDER BY t5."version" DESC LIMIT $6::int)))
              FROM "person" t0
             WHERE t0."council_id" = $1::uuid
             ORDER BY t0."family_name" ASC, t0."given_name" ASC, t0."id" ASC LIMIT $2::int)) AS c0
