-- AlterTable
ALTER TABLE "support_plan" ADD COLUMN     "delegation_id" UUID,
ALTER COLUMN "prepared_by_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "account_transaction" ADD COLUMN     "delegation_id" UUID,
ADD COLUMN     "evidence_ref" TEXT;

-- AddForeignKey
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account_transaction" ADD CONSTRAINT "account_transaction_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A plan version is prepared by a member of staff or proposed by a third-party app under a
-- delegation; never by nobody.
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_prepared_or_proposed"
  CHECK ("prepared_by_id" IS NOT NULL OR "delegation_id" IS NOT NULL);
