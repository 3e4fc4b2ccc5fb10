-- CreateTable
CREATE TABLE "api_client" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "client_id" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegation" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "scopes" TEXT[],
    "granted_by" TEXT NOT NULL,
    "granted_by_representative_id" UUID,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "revoked_at" TIMESTAMPTZ(3),
    "recorded_by_subject" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_client_client_id_key" ON "api_client"("client_id");

-- CreateIndex
CREATE INDEX "delegation_council_id_organisation_id_person_id_idx" ON "delegation"("council_id", "organisation_id", "person_id");

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

