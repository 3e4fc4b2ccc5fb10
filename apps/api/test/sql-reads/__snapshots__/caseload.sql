-- root pages in the text: 1
-- parameters: council, pageSize, pageSize, pageSize, pageSize
SELECT array_to_json(ARRAY(SELECT json_build_array(t0."id", t0."given_name", t0."family_name", array_to_json(ARRAY(SELECT json_build_array(t1."id", t1."annual_total_pence", array_to_json(ARRAY(SELECT json_build_array(t2."id", t2."mode", t2."annual_amount_pence")
              FROM "budget_deployment" t2
             WHERE t2."budget_id" = t1."id"
             ORDER BY t2."id" ASC)))
              FROM "personal_budget" t1
             WHERE t1."person_id" = t0."id"
             ORDER BY t1."effective_from" DESC, t1."id" DESC LIMIT $2::int)), array_to_json(ARRAY(SELECT json_build_array(t3."id", t3."version", array_to_json(ARRAY(SELECT json_build_array(t4."id", t4."description", t4."weekly_cost_pence")
              FROM "support_plan_line" t4
             WHERE t4."plan_id" = t3."id"
             ORDER BY t4."position" ASC, t4."id" ASC)))
              FROM "support_plan" t3
             WHERE t3."person_id" = t0."id"
             ORDER BY t3."version" DESC LIMIT $3::int)), array_to_json(ARRAY(SELECT json_build_array(t5."id", array_to_json(ARRAY(SELECT json_build_array(t6."id", t6."posted_date", t6."amount_pence", t6."kind")
              FROM "account_transaction" t6
             WHERE t6."agreement_id" = t5."id"
             ORDER BY t6."posted_date" DESC, t6."id" DESC LIMIT $5::int)))
              FROM "direct_payment_agreement" t5
             WHERE t5."person_id" = t0."id"
             ORDER BY t5."start_date" DESC, t5."id" DESC LIMIT $4::int)))
              FROM "person" t0
             WHERE t0."council_id" = $1::uuid
             ORDER BY t0."family_name" ASC, t0."given_name" ASC, t0."id" ASC LIMIT {page0})) AS c0
