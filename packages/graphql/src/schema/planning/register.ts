// Registers the planning types and mutations: import-only composition.
import './support-plan-line.ts';
import './support-plan.ts';
import './support-plan-rejection.ts';
import './draft-support-plan-mutation.ts';
import './revise-support-plan-mutation.ts';
import './submit-support-plan-mutation.ts';
import './approve-support-plan-mutation.ts';
import './reject-support-plan-mutation.ts';
import './agree-personal-budget-mutation.ts';
