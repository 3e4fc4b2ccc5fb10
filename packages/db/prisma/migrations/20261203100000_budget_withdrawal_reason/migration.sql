-- Issue 12: a personal budget version not signed off when the person died can no longer be (Care
-- Act s26: the cost of meeting a living adult's needs); it is WITHDRAWN, and this says why.
ALTER TABLE "personal_budget" ADD COLUMN "withdrawal_reason" TEXT;
