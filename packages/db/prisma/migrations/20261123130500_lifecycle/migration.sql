-- AlterTable
ALTER TABLE "person" ADD COLUMN     "autism" BOOLEAN,
ADD COLUMN     "capacity_assessed_on" DATE,
ADD COLUMN     "client_funding_status" TEXT NOT NULL DEFAULT 'UNKNOWN_INDIVIDUAL_LEVEL',
ADD COLUMN     "dementia" BOOLEAN,
ADD COLUMN     "dp_excluded" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "employment_status" TEXT,
ADD COLUMN     "has_unpaid_carer" BOOLEAN,
ADD COLUMN     "hearing_impairment" BOOLEAN,
ADD COLUMN     "visual_impairment" BOOLEAN;

-- AlterTable
ALTER TABLE "personal_budget" ADD COLUMN     "approval_level" TEXT,
ADD COLUMN     "indicative_budget_id" UUID,
ADD COLUMN     "plan_id" UUID,
ADD COLUMN     "signed_off_at" TIMESTAMPTZ(3),
ADD COLUMN     "signed_off_by_id" UUID,
ADD COLUMN     "supersedes_id" UUID;

-- AlterTable
ALTER TABLE "budget_deployment" ADD COLUMN     "managed_by_organisation_id" UUID;

-- CreateTable
CREATE TABLE "council_policy" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "effective_from" DATE NOT NULL,
    "policy" JSONB NOT NULL,

    CONSTRAINT "council_policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_member" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "job_title" TEXT NOT NULL,
    "qualification" TEXT NOT NULL,
    "registration_number" TEXT,
    "approval_level" TEXT NOT NULL,
    "approval_limit_annual_pence" INTEGER,
    "fte_hundredths" INTEGER NOT NULL DEFAULT 100,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "staff_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cqc_location_id" TEXT,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "representative" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation_id" UUID,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "consent_recorded_on" DATE,

    CONSTRAINT "representative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allocation" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "complexity" TEXT NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE,

    CONSTRAINT "allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "received_date" DATE NOT NULL,
    "closed_date" DATE,
    "route_of_access" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "outcome" TEXT,
    "is_conversation" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "request_id" UUID,
    "type" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "involvement" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "completed_date" DATE,
    "assessor_id" UUID NOT NULL,
    "countersigned_by_id" UUID,
    "complexity" TEXT NOT NULL,
    "outcome" TEXT,
    "eligibility" JSONB,
    "eligible" BOOLEAN,
    "legacy_facs_band" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "financial_assessment" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "completed_date" DATE NOT NULL,
    "light_touch" BOOLEAN NOT NULL DEFAULT false,
    "capital_pence" INTEGER NOT NULL,
    "weekly_assessable_income_pence" INTEGER NOT NULL,
    "weekly_mig_pence" INTEGER NOT NULL,
    "weekly_disability_expenditure_pence" INTEGER NOT NULL DEFAULT 0,
    "assessed_weekly_contribution_pence" INTEGER NOT NULL,
    "resulting_funding_status" TEXT NOT NULL,
    "effective_from" DATE NOT NULL,

    CONSTRAINT "financial_assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicative_budget" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "ras_model_version" TEXT NOT NULL,
    "ras_points" INTEGER NOT NULL,
    "weekly_amount_pence" INTEGER NOT NULL,
    "annual_amount_pence" INTEGER NOT NULL,
    "explanation" TEXT NOT NULL,
    "calculated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "shared_with_person_on" DATE,

    CONSTRAINT "indicative_budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_plan" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL,
    "supersedes_id" UUID,
    "outcomes" JSONB NOT NULL,
    "prepared_by_id" UUID NOT NULL,
    "approved_by_id" UUID,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "first_review_due_date" DATE NOT NULL,
    "next_review_due_date" DATE,
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_plan_line" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "service_type" TEXT NOT NULL,
    "service_component" TEXT NOT NULL,
    "delivery_mechanism" TEXT NOT NULL,
    "funding_source" TEXT NOT NULL,
    "provider_organisation_id" UUID,
    "unit_cost_pence" INTEGER NOT NULL,
    "cost_frequency" TEXT NOT NULL,
    "planned_units_per_week_hundredths" INTEGER,
    "weekly_cost_pence" INTEGER NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "status" TEXT NOT NULL,

    CONSTRAINT "support_plan_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "direct_payment_agreement" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "recipient_type" TEXT NOT NULL,
    "representative_id" UUID,
    "legal_basis" TEXT NOT NULL,
    "account_type" TEXT NOT NULL,
    "account_ref" TEXT NOT NULL,
    "payment_basis" TEXT NOT NULL,
    "payment_frequency" TEXT NOT NULL,
    "contribution_frequency" TEXT NOT NULL,
    "contingency_weeks_hundredths" INTEGER NOT NULL,
    "weekly_gross_pence" INTEGER NOT NULL,
    "weekly_contribution_pence" INTEGER NOT NULL,
    "signed_date" DATE NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "status" TEXT NOT NULL,
    "termination_reason" TEXT,
    "first_review_due_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "direct_payment_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "direct_payment" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "gross_amount_pence" INTEGER NOT NULL,
    "contribution_deducted_pence" INTEGER NOT NULL,
    "net_amount_pence" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "paid_date" DATE,
    "status" TEXT NOT NULL,

    CONSTRAINT "direct_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account_transaction" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "posted_date" DATE NOT NULL,
    "amount_pence" INTEGER NOT NULL,
    "counterparty_name" TEXT NOT NULL,
    "counterparty_type" TEXT NOT NULL,
    "spend_category" TEXT,
    "flag" TEXT,
    "matched_plan_line_id" UUID,
    "payment_id" UUID,
    "recovery_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "direct_payment_audit" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "opening_balance_pence" INTEGER NOT NULL,
    "paid_in_la_pence" INTEGER NOT NULL,
    "paid_in_client_pence" INTEGER NOT NULL,
    "spent_pence" INTEGER NOT NULL,
    "closing_balance_pence" INTEGER NOT NULL,
    "expected_spend_pence" INTEGER NOT NULL,
    "surplus_pence" INTEGER NOT NULL,
    "contingency_allowance_pence" INTEGER NOT NULL,
    "recoverable_pence" INTEGER NOT NULL,
    "findings" JSONB NOT NULL,
    "outcome" TEXT NOT NULL,
    "auditor_id" UUID NOT NULL,
    "completed_date" DATE NOT NULL,

    CONSTRAINT "direct_payment_audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recovery" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "audit_id" UUID,
    "reason" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amount_pence" INTEGER NOT NULL,
    "recovered_pence" INTEGER NOT NULL DEFAULT 0,
    "raised_date" DATE NOT NULL,
    "notified_date" DATE,

    CONSTRAINT "recovery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pa_employment" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "worker_ref" TEXT NOT NULL,
    "employment_type" TEXT NOT NULL,
    "is_family_member" BOOLEAN NOT NULL,
    "family_relationship" TEXT,
    "lives_in_same_household" BOOLEAN NOT NULL,
    "family_payment_approved_on" DATE,
    "family_payment_justification" TEXT,
    "right_to_work_checked_on" DATE,
    "dbs_checked_on" DATE,
    "contract_issued_on" DATE,
    "employers_liability_expiry" DATE,
    "pension_enrolled" BOOLEAN NOT NULL DEFAULT false,
    "hourly_rate_pence" INTEGER NOT NULL,
    "contingency_plan_on_file" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "pa_employment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "plan_id" UUID,
    "agreement_id" UUID,
    "reason" TEXT NOT NULL,
    "involvement" TEXT,
    "due_date" DATE NOT NULL,
    "completed_date" DATE,
    "outcomes_achieved" TEXT,
    "is_direct_payment_review" BOOLEAN NOT NULL DEFAULT false,
    "outcome" TEXT,
    "support_change" TEXT,
    "reviewer_id" UUID,

    CONSTRAINT "review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "safeguarding_concern" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "raised_date" DATE NOT NULL,
    "raised_by" TEXT NOT NULL,
    "s42_criteria_met" BOOLEAN,
    "enquiry_type" TEXT,
    "enquiry_start_date" DATE,
    "enquiry_end_date" DATE,
    "msp_outcomes_achieved" TEXT,
    "lead_staff_id" UUID,
    "affects_direct_payment" BOOLEAN NOT NULL DEFAULT false,
    "closed_date" DATE,

    CONSTRAINT "safeguarding_concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_record" (
    "council_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "payload_hash" TEXT NOT NULL,
    "result_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("council_id","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "council_policy_council_id_effective_from_key" ON "council_policy"("council_id", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "staff_member_council_id_subject_key" ON "staff_member"("council_id", "subject");

-- CreateIndex
CREATE INDEX "representative_person_id_idx" ON "representative"("person_id");

-- CreateIndex
CREATE INDEX "allocation_council_id_staff_id_to_date_idx" ON "allocation"("council_id", "staff_id", "to_date");

-- CreateIndex
CREATE INDEX "allocation_person_id_idx" ON "allocation"("person_id");

-- CreateIndex
CREATE INDEX "request_council_id_received_date_idx" ON "request"("council_id", "received_date");

-- CreateIndex
CREATE INDEX "request_person_id_idx" ON "request"("person_id");

-- CreateIndex
CREATE INDEX "assessment_council_id_completed_date_idx" ON "assessment"("council_id", "completed_date");

-- CreateIndex
CREATE INDEX "assessment_person_id_idx" ON "assessment"("person_id");

-- CreateIndex
CREATE INDEX "financial_assessment_person_id_effective_from_idx" ON "financial_assessment"("person_id", "effective_from");

-- CreateIndex
CREATE INDEX "indicative_budget_person_id_idx" ON "indicative_budget"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "support_plan_supersedes_id_key" ON "support_plan"("supersedes_id");

-- CreateIndex
CREATE INDEX "support_plan_council_id_status_next_review_due_date_idx" ON "support_plan"("council_id", "status", "next_review_due_date");

-- CreateIndex
CREATE UNIQUE INDEX "support_plan_person_id_version_key" ON "support_plan"("person_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "support_plan_line_plan_id_position_key" ON "support_plan_line"("plan_id", "position");

-- CreateIndex
CREATE INDEX "direct_payment_agreement_council_id_status_idx" ON "direct_payment_agreement"("council_id", "status");

-- CreateIndex
CREATE INDEX "direct_payment_agreement_person_id_idx" ON "direct_payment_agreement"("person_id");

-- CreateIndex
CREATE INDEX "direct_payment_council_id_status_due_date_idx" ON "direct_payment"("council_id", "status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "direct_payment_agreement_id_sequence_key" ON "direct_payment"("agreement_id", "sequence");

-- CreateIndex
CREATE INDEX "account_transaction_agreement_id_posted_date_id_idx" ON "account_transaction"("agreement_id", "posted_date", "id");

-- CreateIndex
CREATE INDEX "direct_payment_audit_agreement_id_period_end_idx" ON "direct_payment_audit"("agreement_id", "period_end");

-- CreateIndex
CREATE INDEX "recovery_council_id_status_raised_date_idx" ON "recovery"("council_id", "status", "raised_date");

-- CreateIndex
CREATE INDEX "pa_employment_agreement_id_idx" ON "pa_employment"("agreement_id");

-- CreateIndex
CREATE INDEX "review_council_id_completed_date_due_date_idx" ON "review"("council_id", "completed_date", "due_date");

-- CreateIndex
CREATE INDEX "review_person_id_idx" ON "review"("person_id");

-- CreateIndex
CREATE INDEX "safeguarding_concern_council_id_closed_date_idx" ON "safeguarding_concern"("council_id", "closed_date");

-- CreateIndex
CREATE INDEX "safeguarding_concern_person_id_idx" ON "safeguarding_concern"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "personal_budget_supersedes_id_key" ON "personal_budget"("supersedes_id");

-- AddForeignKey
ALTER TABLE "personal_budget" ADD CONSTRAINT "personal_budget_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "support_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_budget" ADD CONSTRAINT "personal_budget_indicative_budget_id_fkey" FOREIGN KEY ("indicative_budget_id") REFERENCES "indicative_budget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_budget" ADD CONSTRAINT "personal_budget_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "personal_budget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_budget" ADD CONSTRAINT "personal_budget_signed_off_by_id_fkey" FOREIGN KEY ("signed_off_by_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_deployment" ADD CONSTRAINT "budget_deployment_managed_by_organisation_id_fkey" FOREIGN KEY ("managed_by_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_policy" ADD CONSTRAINT "council_policy_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "representative" ADD CONSTRAINT "representative_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "representative" ADD CONSTRAINT "representative_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "representative" ADD CONSTRAINT "representative_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_assessor_id_fkey" FOREIGN KEY ("assessor_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_countersigned_by_id_fkey" FOREIGN KEY ("countersigned_by_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financial_assessment" ADD CONSTRAINT "financial_assessment_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "financial_assessment" ADD CONSTRAINT "financial_assessment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicative_budget" ADD CONSTRAINT "indicative_budget_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicative_budget" ADD CONSTRAINT "indicative_budget_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicative_budget" ADD CONSTRAINT "indicative_budget_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_prepared_by_id_fkey" FOREIGN KEY ("prepared_by_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "support_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan_line" ADD CONSTRAINT "support_plan_line_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan_line" ADD CONSTRAINT "support_plan_line_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "support_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan_line" ADD CONSTRAINT "support_plan_line_provider_organisation_id_fkey" FOREIGN KEY ("provider_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment_agreement" ADD CONSTRAINT "direct_payment_agreement_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment_agreement" ADD CONSTRAINT "direct_payment_agreement_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment_agreement" ADD CONSTRAINT "direct_payment_agreement_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "budget_deployment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment_agreement" ADD CONSTRAINT "direct_payment_agreement_representative_id_fkey" FOREIGN KEY ("representative_id") REFERENCES "representative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment" ADD CONSTRAINT "direct_payment_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment" ADD CONSTRAINT "direct_payment_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "direct_payment_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_transaction" ADD CONSTRAINT "account_transaction_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_transaction" ADD CONSTRAINT "account_transaction_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "direct_payment_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_transaction" ADD CONSTRAINT "account_transaction_matched_plan_line_id_fkey" FOREIGN KEY ("matched_plan_line_id") REFERENCES "support_plan_line"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_transaction" ADD CONSTRAINT "account_transaction_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "direct_payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_transaction" ADD CONSTRAINT "account_transaction_recovery_id_fkey" FOREIGN KEY ("recovery_id") REFERENCES "recovery"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment_audit" ADD CONSTRAINT "direct_payment_audit_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment_audit" ADD CONSTRAINT "direct_payment_audit_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "direct_payment_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_payment_audit" ADD CONSTRAINT "direct_payment_audit_auditor_id_fkey" FOREIGN KEY ("auditor_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery" ADD CONSTRAINT "recovery_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery" ADD CONSTRAINT "recovery_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "direct_payment_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery" ADD CONSTRAINT "recovery_audit_id_fkey" FOREIGN KEY ("audit_id") REFERENCES "direct_payment_audit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pa_employment" ADD CONSTRAINT "pa_employment_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pa_employment" ADD CONSTRAINT "pa_employment_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "direct_payment_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "support_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "direct_payment_agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "safeguarding_concern_lead_staff_id_fkey" FOREIGN KEY ("lead_staff_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_record" ADD CONSTRAINT "idempotency_record_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

