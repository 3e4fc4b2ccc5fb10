-- Issue 14 item 1 (D90): an approver returns a SUBMITTED plan version (REJECTED, a final status of
-- the plan lifecycle); when, by whom and why are kept with it. A rejected version always says why.
ALTER TABLE "support_plan" ADD COLUMN "rejected_at" TIMESTAMPTZ(3),
ADD COLUMN "rejected_by_id" UUID,
ADD COLUMN "rejection_reason" TEXT;

ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_rejected_by_id_fkey" FOREIGN KEY ("rejected_by_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_rejected_says_why"
  CHECK ("status" <> 'REJECTED' OR ("rejection_reason" IS NOT NULL AND "rejected_at" IS NOT NULL));
