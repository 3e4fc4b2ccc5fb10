-- Issue 12: a scheduled review that will not take place (the person died) is cancelled, with the
-- date and why; it is no longer due and is no CLD event (cancelled events are excluded, S-03).
ALTER TABLE "review" ADD COLUMN "cancelled_on" DATE;
ALTER TABLE "review" ADD COLUMN "cancellation_reason" TEXT;

-- I-10: the annual plan review (at least every 12 months) is statutory guidance, so a later next
-- review is allowed with a recorded reason, as the first review is.
ALTER TABLE "support_plan" ADD COLUMN "next_review_later_reason" TEXT;
