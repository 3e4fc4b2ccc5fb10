-- openpb_read_593f2416e785859f099e0088
-- parameters: council, pageSize, pageSize, pageSize, pageSize, pageSize
SELECT (SELECT coalesce(json_agg(t0_page.j ORDER BY t0_page.o0 ASC, t0_page.o1 ASC, t0_page.o2 ASC), '[]'::json)
      FROM (SELECT json_build_object('id', t0."id", 'accommodationStatus', t0."accommodation_status", 'autism', t0."autism", 'birthDate', t0."birth_date", 'capacityAssessedOn', t0."capacity_assessed_on", 'clientFundingStatus', t0."client_funding_status", 'clientType', t0."client_type", 'deathDate', t0."death_date", 'dementia', t0."dementia", 'employmentStatus', t0."employment_status", 'ethnicity', t0."ethnicity", 'familyName', t0."family_name", 'gender', t0."gender", 'givenName', t0."given_name", 'gpPracticeCode', t0."gp_practice_code", 'gpPracticeName', t0."gp_practice_name", 'hasUnpaidCarer', t0."has_unpaid_carer", 'hearingImpairment', t0."hearing_impairment", 'laPersonId', t0."la_person_id", 'mentalCapacityForDp', t0."mental_capacity_for_dp", 'nhsNumber', t0."nhs_number", 'postcode', t0."postcode", 'primarySupportReason', t0."primary_support_reason", 'visualImpairment', t0."visual_impairment", 'c1', (SELECT coalesce(json_agg(t1_page.j ORDER BY t1_page.o0 DESC, t1_page.o1 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t1."id", 'accountType', t1."account_type", 'paymentBasis', t1."payment_basis", 'weeklyGrossPence', t1."weekly_gross_pence", 'weeklyContributionPence', t1."weekly_contribution_pence", 'contingencyWeeksHundredths', t1."contingency_weeks_hundredths", 'contributionFrequency', t1."contribution_frequency", 'endDate', t1."end_date", 'firstReviewDueDate', t1."first_review_due_date", 'representativeId', t1."representative_id", 'legalBasis', t1."legal_basis", 'accountRef', t1."account_ref", 'paymentFrequency', t1."payment_frequency", 'recipientType', t1."recipient_type", 'signedDate', t1."signed_date", 'startDate', t1."start_date", 'status', t1."status", 'terminationReason', t1."termination_reason", 'c2', (SELECT coalesce(json_agg(t2_page.j ORDER BY t2_page.o0 DESC, t2_page.o1 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t2."id", 'amountPence', t2."amount_pence", 'counterpartyName', t2."counterparty_name", 'counterpartyType', t2."counterparty_type", 'evidenceRef', t2."evidence_ref", 'flag', t2."flag", 'kind', t2."kind", 'postedDate', t2."posted_date", 'spendCategory', t2."spend_category") AS j, t2."posted_date" AS o0, t2."id" AS o1
              FROM "account_transaction" t2
             WHERE t2."agreement_id" = t1."id"
             ORDER BY t2."posted_date" DESC, t2."id" DESC LIMIT $4::int) t2_page)) AS j, t1."start_date" AS o0, t1."id" AS o1
              FROM "direct_payment_agreement" t1
             WHERE t1."person_id" = t0."id"
             ORDER BY t1."start_date" DESC, t1."id" DESC LIMIT $3::int) t1_page), 'c3', (SELECT coalesce(json_agg(t3_page.j ORDER BY t3_page.o0 DESC, t3_page.o1 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t3."id", 'annualLaContributionPence', t3."annual_la_contribution_pence", 'annualPersonContributionPence', t3."annual_person_contribution_pence", 'annualTotalPence', t3."annual_total_pence", 'approvalLevel', t3."approval_level", 'effectiveFrom', t3."effective_from", 'effectiveTo', t3."effective_to", 'indicativeDifferenceReasons', t3."indicative_difference_reasons", 'signedOffAt', t3."signed_off_at", 'status', t3."status", 'version', t3."version", 'withdrawalReason', t3."withdrawal_reason", 'c4', (SELECT coalesce(json_agg(t4_page.j ORDER BY t4_page.o0 ASC), '[]'::json)
      FROM (SELECT json_build_object('id', t4."id", 'annualAmountPence', t4."annual_amount_pence", 'mode', t4."mode") AS j, t4."id" AS o0
              FROM "budget_deployment" t4
             WHERE t4."budget_id" = t3."id"
             ORDER BY t4."id" ASC) t4_page)) AS j, t3."effective_from" AS o0, t3."id" AS o1
              FROM "personal_budget" t3
             WHERE t3."person_id" = t0."id"
             ORDER BY t3."effective_from" DESC, t3."id" DESC LIMIT $5::int) t3_page), 'c5', (SELECT coalesce(json_agg(t5_page.j ORDER BY t5_page.o0 DESC), '[]'::json)
      FROM (SELECT json_build_object('id', t5."id", 'approvedAt', t5."approved_at", 'endDate', t5."end_date", 'firstReviewDueDate', t5."first_review_due_date", 'firstReviewLaterReason', t5."first_review_later_reason", 'nextReviewDueDate', t5."next_review_due_date", 'nextReviewLaterReason', t5."next_review_later_reason", 'rejectedAt', t5."rejected_at", 'rejectionReason', t5."rejection_reason", 'revision', t5."revision", 'startDate', t5."start_date", 'status', t5."status", 'submittedAt', t5."submitted_at", 'version', t5."version", 'c6', (SELECT coalesce(json_agg(t6_page.j ORDER BY t6_page.o0 ASC, t6_page.o1 ASC), '[]'::json)
      FROM (SELECT json_build_object('id', t6."id", 'unitCostPence', t6."unit_cost_pence", 'costFrequency', t6."cost_frequency", 'plannedUnitsPerWeekHundredths', t6."planned_units_per_week_hundredths", 'deliveryMechanism', t6."delivery_mechanism", 'description', t6."description", 'endDate', t6."end_date", 'fundingSource', t6."funding_source", 'position', t6."position", 'providerCqcLocationId', t6."provider_cqc_location_id", 'providerCqcLocationName', t6."provider_cqc_location_name", 'serviceComponent', t6."service_component", 'serviceType', t6."service_type", 'startDate', t6."start_date", 'status', t6."status", 'weeklyCostPence', t6."weekly_cost_pence") AS j, t6."position" AS o0, t6."id" AS o1
              FROM "support_plan_line" t6
             WHERE t6."plan_id" = t5."id"
             ORDER BY t6."position" ASC, t6."id" ASC) t6_page)) AS j, t5."version" AS o0
              FROM "support_plan" t5
             WHERE t5."person_id" = t0."id"
             ORDER BY t5."version" DESC LIMIT $6::int) t5_page)) AS j, t0."family_name" AS o0, t0."given_name" AS o1, t0."id" AS o2
              FROM "person" t0
             WHERE t0."council_id" = $1::uuid
             ORDER BY t0."family_name" ASC, t0."given_name" ASC, t0."id" ASC LIMIT $2::int) t0_page) AS c0
