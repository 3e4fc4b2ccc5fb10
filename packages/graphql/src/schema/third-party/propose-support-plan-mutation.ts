import { actingFor } from '../../access/acting-for.ts';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { databaseId } from '../../tenancy.ts';
import { todayIn } from '../../today.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { PersonRef } from '../person.ts';
import { newPlanVersion } from '../planning/new-plan-version.ts';
import { SupportPlanContentInput } from '../planning/support-plan-input.ts';
import { SupportPlanProposalRef } from './support-plan-proposal.ts';

const ProposeSupportPlanInput = builder.inputType('ProposeSupportPlanInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, description: 'A person who delegates to you.' }),
    content: t.field({ type: SupportPlanContentInput }),
  }),
});

builder.mutationField('proposeSupportPlan', (t) =>
  t.field({
    type: SupportPlanProposalRef,
    description:
      'For a third-party app with PROPOSE_PLAN: proposes a new support plan version for a person who delegates to you. It is a DRAFT that the council’s staff revise, submit and approve; the person’s current plan is unchanged until then.',
    authScopes: { thirdParty: true },
    args: { input: t.arg({ type: ProposeSupportPlanInput, required: true }) },
    errors: {
      types: [ValidationFailed, RuleViolated, NotFound, Conflict, Forbidden],
      dataField: { name: 'proposal' },
    },
    resolve: (_root, { input }, context) =>
      writeTransaction(context, 'proposeSupportPlan', async (tx, events) => {
        events.fromResult('support_plan_proposal.received');
        const acting = await actingFor(tx, context, databaseId(input.personId.id), {
          field: 'Mutation.proposeSupportPlan',
          scopes: ['PROPOSE_PLAN'],
          notFound: new NotFound('person', ['input', 'personId']),
        });
        return newPlanVersion(
          tx,
          context.viewer.councilId,
          acting.personId,
          input.content,
          { delegationId: acting.delegationId },
          todayIn(context.now()),
        );
      }),
  }),
);
