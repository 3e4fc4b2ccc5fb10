-- CreateTable
CREATE TABLE "council" (
    "id" UUID NOT NULL,
    "la_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "la_person_id" TEXT NOT NULL,
    "nhs_number" CHAR(10),
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "death_date" DATE,
    "gender" TEXT NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "client_type" TEXT NOT NULL,
    "primary_support_reason" TEXT NOT NULL,
    "accommodation_status" TEXT NOT NULL,
    "mental_capacity_for_dp" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "personal_budget" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL,
    "annual_total_pence" INTEGER NOT NULL,
    "annual_la_contribution_pence" INTEGER NOT NULL,
    "annual_person_contribution_pence" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "personal_budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_deployment" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "mode" TEXT NOT NULL,
    "annual_amount_pence" INTEGER NOT NULL,

    CONSTRAINT "budget_deployment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "council_la_code_key" ON "council"("la_code");

-- CreateIndex
CREATE INDEX "person_council_id_family_name_given_name_id_idx" ON "person"("council_id", "family_name", "given_name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "person_council_id_la_person_id_key" ON "person"("council_id", "la_person_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_council_id_nhs_number_key" ON "person"("council_id", "nhs_number");

-- CreateIndex
CREATE INDEX "personal_budget_council_id_person_id_effective_from_idx" ON "personal_budget"("council_id", "person_id", "effective_from");

-- CreateIndex
CREATE INDEX "budget_deployment_budget_id_idx" ON "budget_deployment"("budget_id");

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_budget" ADD CONSTRAINT "personal_budget_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_budget" ADD CONSTRAINT "personal_budget_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_deployment" ADD CONSTRAINT "budget_deployment_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_deployment" ADD CONSTRAINT "budget_deployment_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "personal_budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;
