import type { Prisma } from '@openpb/db/client';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import type { IsoDate } from '@openpb/domain/dates';
import { supersedeSupportPlan } from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { APPROVER_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaffAlongside } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { planForChange } from './plan-for-change.ts';
import { planLineDates } from './plan-line-dates.ts';
import { SupportPlanRef } from './support-plan.ts';

const ApproveSupportPlanInput = builder.inputType('ApproveSupportPlanInput', {
  fields: (t) => ({
    planId: t.globalID({ for: SupportPlanRef }),
    expectedRevision: t.int(),
  }),
});

builder.mutationField('approveSupportPlan', (t) =>
  t.field({
    type: SupportPlanRef,
    description:
      'Approves a SUBMITTED plan. The version it supersedes ends the day before it starts, its lines with it (a version that never ran keeps no end date, and its lines are cancelled). Its personal budget is agreed with agreePersonalBudget.',
    authScopes: { anyRole: APPROVER_ROLES },
    args: { input: t.arg({ type: ApproveSupportPlanInput, required: true }) },
    errors: { types: [NotFound, Conflict, InvalidState, Forbidden], dataField: { name: 'plan' } },
    resolve: async (_root, { input }, context) =>
      writeTransaction(context, 'approveSupportPlan', async (tx, events) => {
        events.fromResult('support_plan.approved');
        const acting = actingStaffAlongside(context);
        const { plan, nextStatus } = await planForChange(
          tx,
          context.viewer.councilId,
          input.planId.id,
          input.expectedRevision,
          'APPROVE',
          acting,
        );
        const staff = acting.staff;
        if (plan.preparedById === staff.id) {
          throw new Forbidden(
            'A plan is approved by someone other than the worker who prepared it',
            ['input', 'planId'],
          );
        }
        // a version an app proposed (D35): the app hears that its proposal was accepted
        if (plan.delegationId) {
          events.emit('support_plan_proposal.accepted', { id: plan.id, personId: plan.personId });
        }
        if (plan.supersedesId) {
          events.emit('support_plan.superseded', {
            id: plan.supersedesId,
            personId: plan.personId,
          });
          await supersedePredecessor(
            tx,
            plan.supersedesId,
            fromDbDate(plan.startDate),
            todayIn(context.now()),
          );
        }
        return tx.supportPlan.update({
          where: { id: plan.id },
          data: {
            status: nextStatus,
            approvedAt: context.now(),
            approvedById: staff.id,
            revision: { increment: 1 },
          },
        });
      }),
  }),
);

/** Supersedes the approved version `predecessorId` as the plan lifecycle says, with its lines. */
async function supersedePredecessor(
  tx: Prisma.TransactionClient,
  predecessorId: string,
  successorStart: IsoDate,
  today: IsoDate,
) {
  const predecessor = await tx.supportPlan.findUniqueOrThrow({
    where: { id: predecessorId },
    include: { lines: true },
  });
  const superseded = allowedOrInvalidState(
    supersedeSupportPlan(
      {
        status: predecessor.status as SupportPlanStatus,
        startDate: fromDbDate(predecessor.startDate),
        endDate: predecessor.endDate ? fromDbDate(predecessor.endDate) : null,
        lines: predecessor.lines.map(planLineDates),
      },
      successorStart,
      today,
    ),
    ['input', 'planId'],
  );
  await tx.supportPlan.update({
    where: { id: predecessor.id },
    data: {
      status: superseded.status,
      endDate: toDbDateOrNull(superseded.endDate),
      revision: { increment: 1 },
    },
  });
  const unchanged = new Map(
    predecessor.lines.map((line) => [line.id, `${line.status} ${line.endDate?.toISOString()}`]),
  );
  for (const line of superseded.lines) {
    const endDate = toDbDateOrNull(line.endDate);
    if (unchanged.get(line.id) === `${line.status} ${endDate?.toISOString()}`) continue;
    await tx.supportPlanLine.update({
      where: { id: line.id },
      data: { status: line.status, endDate },
    });
  }
}
