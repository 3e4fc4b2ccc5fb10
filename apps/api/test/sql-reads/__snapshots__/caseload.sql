-- openpb_read_9bece973025154635f187f37
-- parameters: council, pageSize, pageSize, pageSize, pageSize, pageSize
SELECT (SELECT coalesce(json_agg(t0_page.j ORDER BY t0_page.o0 ASC, t0_page.o1 ASC, t0_page.o2 ASC), '[]'::json)
      FROM (SELECT json_build_object('id', t0."id", 'givenName', t0."given_name", 'familyName', t0."family_name", 'c1', (SELECT coalesce(json_agg(t1_page.j ORDER BY t1_page.o0 DESC, t1_page.o1 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t1."id", 'annualTotalPence', t1."annual_total_pence", 'c2', (SELECT coalesce(json_agg(t2_page.j ORDER BY t2_page.o0 ASC), '[]'::json)
      FROM (SELECT json_build_object('id', t2."id", 'mode', t2."mode", 'annualAmountPence', t2."annual_amount_pence") AS j, t2."id" AS o0
              FROM "budget_deployment" t2
             WHERE t2."budget_id" = t1."id"
             ORDER BY t2."id" ASC) t2_page)) AS j, t1."effective_from" AS o0, t1."id" AS o1
              FROM "personal_budget" t1
             WHERE t1."person_id" = t0."id"
             ORDER BY t1."effective_from" DESC, t1."id" DESC LIMIT $3::int) t1_page), 'c3', (SELECT coalesce(json_agg(t3_page.j ORDER BY t3_page.o0 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t3."id", 'version', t3."version", 'c4', (SELECT coalesce(json_agg(t4_page.j ORDER BY t4_page.o0 ASC, t4_page.o1 ASC), '[]'::json)
      FROM (SELECT json_build_object('id', t4."id", 'description', t4."description", 'weeklyCostPence', t4."weekly_cost_pence") AS j, t4."position" AS o0, t4."id" AS o1
              FROM "support_plan_line" t4
             WHERE t4."plan_id" = t3."id"
             ORDER BY t4."position" ASC, t4."id" ASC) t4_page)) AS j, t3."version" AS o0
              FROM "support_plan" t3
             WHERE t3."person_id" = t0."id"
             ORDER BY t3."version" DESC LIMIT $4::int) t3_page), 'c5', (SELECT coalesce(json_agg(t5_page.j ORDER BY t5_page.o0 DESC, t5_page.o1 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t5."id", 'c6', (SELECT coalesce(json_agg(t6_page.j ORDER BY t6_page.o0 DESC, t6_page.o1 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t6."id", 'postedDate', t6."posted_date", 'amountPence', t6."amount_pence", 'kind', t6."kind") AS j, t6."posted_date" AS o0, t6."id" AS o1
              FROM "account_transaction" t6
             WHERE t6."agreement_id" = t5."id"
             ORDER BY t6."posted_date" DESC, t6."id" DESC LIMIT $6::int) t6_page)) AS j, t5."start_date" AS o0, t5."id" AS o1
              FROM "direct_payment_agreement" t5
             WHERE t5."person_id" = t0."id"
             ORDER BY t5."start_date" DESC, t5."id" DESC LIMIT $5::int) t5_page)) AS j, t0."family_name" AS o0, t0."given_name" AS o1, t0."id" AS o2
              FROM "person" t0
             WHERE t0."council_id" = $1::uuid
             ORDER BY t0."family_name" ASC, t0."given_name" ASC, t0."id" ASC LIMIT $2::int) t0_page) AS c0
