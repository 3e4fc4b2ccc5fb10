-- I-10: a first plan review later than guidance (6–8 weeks) is allowed with a recorded reason.
ALTER TABLE "support_plan" ADD COLUMN "first_review_later_reason" TEXT;

-- KM v Cambridgeshire CC [2012] UKSC 23: why a signed-off budget differs from the indicative amount.
ALTER TABLE "personal_budget" ADD COLUMN "indicative_difference_reasons" TEXT;
