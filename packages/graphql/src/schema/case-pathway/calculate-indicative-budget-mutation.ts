import type { FacsBand } from '@openpb/domain/code-lists/facs-band';
import {
  type CarerEligibilityDetermination,
  type EligibilityDetermination,
  isCarerDetermination,
} from '@openpb/domain/entities/assessment';
import { DEFAULT_RAS_MODEL } from '@openpb/domain/rules/default-ras-model';
import { unachievedOutcomes } from '@openpb/domain/rules/eligibility';
import { calculateIndicativeBudget } from '@openpb/domain/rules/resource-allocation';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { AssessmentRef } from './assessment.ts';
import { IndicativeBudgetRef } from './indicative-budget.ts';

const CalculateIndicativeBudgetInput = builder.inputType('CalculateIndicativeBudgetInput', {
  fields: (t) => ({
    assessmentId: t.globalID({
      for: AssessmentRef,
      description: 'A completed long-term assessment that found eligible needs.',
    }),
  }),
});

const ASSESSMENT_PATH = ['input', 'assessmentId'];

/** Why an assessment cannot be priced, or null when it can. */
function notPriceableBecause(assessment: {
  type: string;
  completedDate: Date | null;
  eligibility: EligibilityDetermination | CarerEligibilityDetermination | null;
}): string | null {
  if (assessment.type !== 'LONG_TERM')
    return 'Only a long-term assessment has an indicative budget';
  if (assessment.completedDate === null) return 'The assessment is not completed';
  if (assessment.eligibility === null) return 'The assessment has no eligibility determination';
  if (!assessment.eligibility.eligible) return 'The assessment found no eligible needs';
  if (isCarerDetermination(assessment.eligibility)) {
    return 'The resource allocation system prices an adult’s needs (reg 2), not a carer’s (reg 3)';
  }
  return null;
}

builder.mutationField('calculateIndicativeBudget', (t) =>
  t.field({
    type: IndicativeBudgetRef,
    description:
      'Runs the resource allocation system on a completed long-term assessment with eligible needs and keeps the indicative budget with its plain-English explanation.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: CalculateIndicativeBudgetInput, required: true }) },
    errors: {
      types: [NotFound, InvalidState, Forbidden],
      dataField: { name: 'indicativeBudget' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'calculateIndicativeBudget', async (tx, events) => {
        events.fromResult('indicative_budget.calculated');
        await actingStaff(tx, context);
        const row = await tx.assessment.findUnique({
          where: tenantRowWhere(input.assessmentId.id, councilId),
        });
        if (!row) throw new NotFound('assessment', ASSESSMENT_PATH);
        const eligibility = row.eligibility as unknown as
          | EligibilityDetermination
          | CarerEligibilityDetermination
          | null;
        const refusal = notPriceableBecause({ ...row, eligibility });
        if (refusal !== null || eligibility === null || isCarerDetermination(eligibility)) {
          throw new InvalidState(refusal ?? 'The assessment cannot be priced', ASSESSMENT_PATH);
        }
        const result = calculateIndicativeBudget(DEFAULT_RAS_MODEL, {
          unableToAchieve: unachievedOutcomes(eligibility),
          facsBand: row.legacyFacsBand as FacsBand | null,
        });
        return tx.indicativeBudget.create({
          data: {
            councilId,
            personId: row.personId,
            assessmentId: row.id,
            rasModelVersion: result.rasModelVersion,
            rasPoints: result.points,
            weeklyAmountPence: result.weeklyAmountPence,
            annualAmountPence: result.annualAmountPence,
            explanation: result.explanation,
          },
        });
      });
    },
  }),
);
