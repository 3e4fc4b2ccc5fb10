-- Keeping a person's record true over time (issue 12 item 1, docs/decisions.md D19).
--
-- person_detail_history: one row per change of a CLD person detail, effective from a date, so a
-- report reads the value as it was at any date. The value as at D is the latest row of the field
-- with effective_from <= D; before the earliest row it is that row's previous_value; a person
-- with no row for the field has had the value on person all along. person keeps the current value.
-- mental_capacity_assessment: every assessment of capacity to request and manage a direct payment
-- (Care Act 2014 s31/s32); person.mental_capacity_for_dp is the outcome of the latest one.
-- carer_link: an unpaid carer and an adult they care for (CLD Total_Hrs_Caring_per_week,
-- No_of_adults_being_cared_for and Adult_1/2/3_Linked_Person_ID are derived from it).

-- AlterTable
ALTER TABLE "person" ADD COLUMN "gp_practice_code" TEXT,
ADD COLUMN "gp_practice_name" TEXT;

-- AlterTable
ALTER TABLE "support_plan_line" ADD COLUMN "provider_cqc_location_id" TEXT,
ADD COLUMN "provider_cqc_location_name" TEXT;

-- CreateTable
CREATE TABLE "person_detail_history" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT,
    "previous_value" TEXT,
    "effective_from" DATE NOT NULL,
    "recorded_by_subject" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_detail_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mental_capacity_assessment" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "assessed_on" DATE NOT NULL,
    "outcome" TEXT NOT NULL,
    "assessor_staff_id" UUID,
    "assessor_name" TEXT,
    "recorded_by_subject" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mental_capacity_assessment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "mental_capacity_assessment_assessor_check"
      CHECK ("assessor_staff_id" IS NOT NULL OR "assessor_name" IS NOT NULL)
);

-- CreateTable
CREATE TABLE "carer_link" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "carer_person_id" UUID NOT NULL,
    "cared_for_person_id" UUID NOT NULL,
    "hours_caring_per_week_hundredths" INTEGER,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "recorded_by_subject" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "carer_link_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "carer_link_two_people_check" CHECK ("carer_person_id" <> "cared_for_person_id"),
    CONSTRAINT "carer_link_dates_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
    CONSTRAINT "carer_link_hours_check"
      CHECK ("hours_caring_per_week_hundredths" IS NULL OR "hours_caring_per_week_hundredths" BETWEEN 0 AND 16800)
);

-- CreateIndex
CREATE UNIQUE INDEX "person_detail_history_person_id_field_effective_from_key" ON "person_detail_history"("person_id", "field", "effective_from");

-- CreateIndex
CREATE INDEX "person_detail_history_council_id_field_effective_from_idx" ON "person_detail_history"("council_id", "field", "effective_from");

-- CreateIndex
CREATE INDEX "mental_capacity_assessment_person_id_assessed_on_idx" ON "mental_capacity_assessment"("person_id", "assessed_on");

-- CreateIndex
CREATE INDEX "carer_link_carer_person_id_valid_from_idx" ON "carer_link"("carer_person_id", "valid_from");

-- CreateIndex
CREATE INDEX "carer_link_cared_for_person_id_idx" ON "carer_link"("cared_for_person_id");

-- AddForeignKey
ALTER TABLE "person_detail_history" ADD CONSTRAINT "person_detail_history_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_detail_history" ADD CONSTRAINT "person_detail_history_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mental_capacity_assessment" ADD CONSTRAINT "mental_capacity_assessment_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mental_capacity_assessment" ADD CONSTRAINT "mental_capacity_assessment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mental_capacity_assessment" ADD CONSTRAINT "mental_capacity_assessment_assessor_staff_id_fkey" FOREIGN KEY ("assessor_staff_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "carer_link" ADD CONSTRAINT "carer_link_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "carer_link" ADD CONSTRAINT "carer_link_carer_person_id_fkey" FOREIGN KEY ("carer_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "carer_link" ADD CONSTRAINT "carer_link_cared_for_person_id_fkey" FOREIGN KEY ("cared_for_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security and privileges, as for every tenant table (D14).
GRANT SELECT, INSERT, UPDATE, DELETE ON "person_detail_history", "mental_capacity_assessment", "carer_link" TO openpb_app;

ALTER TABLE "person_detail_history" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "person_detail_history"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "mental_capacity_assessment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "mental_capacity_assessment"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());

ALTER TABLE "carer_link" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON "carer_link"
  USING (council_id = openpb_current_council())
  WITH CHECK (council_id = openpb_current_council());
