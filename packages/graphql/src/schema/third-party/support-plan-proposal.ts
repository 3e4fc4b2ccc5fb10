import { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import { builder } from '../../builder.ts';
import { codeEnum } from '../code-lists.ts';

interface ProposedPlan {
  readonly id: string;
  readonly version: number;
  readonly status: string;
}

/**
 * What a third-party app gets back for a proposed plan version: its id and where it stands. The
 * plan itself is read with READ_PLAN, like any other version.
 */
export const SupportPlanProposalRef = builder
  .objectRef<ProposedPlan>('SupportPlanProposal')
  .implement({
    description: 'A support plan version a third-party app proposed.',
    fields: (t) => ({
      planId: t.globalID({
        description: 'The proposed SupportPlan version.',
        resolve: (plan) => ({ type: 'SupportPlan', id: plan.id }),
      }),
      version: t.exposeInt('version'),
      status: t.field({
        type: codeEnum(SupportPlanStatus),
        resolve: (plan) => plan.status as SupportPlanStatus,
      }),
    }),
  });
