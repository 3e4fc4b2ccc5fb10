import type { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import {
  type DeathCascade,
  deathCascade,
  recordDeathInputSchema,
} from '@openpb/domain/entities/person-death';
import { checkWithinLifetime } from '@openpb/domain/rules/within-lifetime';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { referencedPerson } from '../case-pathway/referenced-records.ts';
import { PersonRef } from '../person.ts';
import { eventsAfterDeath } from './events-after-death.ts';
import { lifetimeOf } from './lifetime.ts';
import { recordsAtDeath } from './records-at-death.ts';

const RecordDeathInput = builder.inputType('RecordDeathInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef }),
    deathDate: t.field({
      type: 'Date',
      description: 'Not in the future, not before birth (CLD Date_of_Death).',
    }),
  }),
});

builder.mutationField('recordDeath', (t) =>
  t.field({
    type: PersonRef,
    description:
      'Records a person’s death, and in the same transaction ends what it ends (I-13; CLD closes open events at the date of death, S-02a): open plan lines and approved plans end on the date of death (lines not started yet are cancelled), the signed-off personal budget ends and one not signed off yet is WITHDRAWN (reason DECEASED), direct-payment agreements are terminated with reason DECEASED, payments due after the death are cancelled, and the person’s caring relationships end; draft and submitted plans are WITHDRAWN (their lines cancelled), open requests and assessments close on the date with outcome NFA_DECEASED, and scheduled reviews are cancelled (reason DECEASED). A person whose death is recorded already is an InvalidState.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RecordDeathInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Forbidden],
      dataField: { name: 'person' },
    },
    resolve: async (_root, { input }, context) => {
      const today = todayIn(context.now());
      const { personId, deathDate } = parseInput(recordDeathInputSchema(today), {
        ...input,
        personId: input.personId.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'recordDeath', async (tx, events) => {
        events.fromResult('person.died');
        await actingStaff(tx, context);
        const person = await referencedPerson(tx, councilId, personId, ['input', 'personId']);
        if (person.deathDate !== null) {
          throw new InvalidState('This person’s death is recorded already', ['input', 'personId']);
        }
        enforce(checkWithinLifetime(deathDate, lifetimeOf(person), ['deathDate']));
        enforce(await eventsAfterDeath(tx, person.id, deathDate));
        const cascade = deathCascade(await recordsAtDeath(tx, person.id), deathDate, today);
        if (!cascade.ok) throw new RuleViolated([cascade.violation]);
        // only a living person's record is changed: of two concurrent recordings one wins
        const { count } = await tx.person.updateMany({
          where: { id: person.id, deathDate: null },
          data: { deathDate: toDbDate(deathDate) },
        });
        if (count === 0) {
          throw new InvalidState('This person’s death is recorded already', ['input', 'personId']);
        }
        await applyDeathCascade(tx, cascade.cascade);
        return tx.person.findUniqueOrThrow({ where: { id: person.id } });
      });
    },
  }),
);

/** Writes the changes the death makes (entities/person-death.ts). */
async function applyDeathCascade(tx: Prisma.TransactionClient, cascade: DeathCascade) {
  const date = (value: IsoDate | null) => (value === null ? null : toDbDate(value));
  // most lines end alike (ENDED on the date of death): one statement per outcome
  for (const lines of groupedBy(cascade.lines, (line) => `${line.status} ${line.endDate}`)) {
    const [{ status, endDate }] = lines;
    await tx.supportPlanLine.updateMany({
      where: { id: { in: lines.map((line) => line.id) } },
      data: { status, endDate: date(endDate) },
    });
  }
  for (const plan of cascade.plans) {
    await tx.supportPlan.update({
      where: { id: plan.id },
      data: { status: plan.status, endDate: toDbDate(plan.endDate), revision: { increment: 1 } },
    });
  }
  for (const budget of cascade.budgets) {
    await tx.personalBudget.update({
      where: { id: budget.id },
      data: {
        status: budget.status,
        effectiveTo: toDbDate(budget.effectiveTo),
        withdrawalReason: budget.withdrawalReason,
      },
    });
  }
  for (const agreement of cascade.agreements) {
    await tx.directPaymentAgreement.update({
      where: { id: agreement.id },
      data: {
        status: agreement.status,
        endDate: toDbDate(agreement.endDate),
        terminationReason: agreement.terminationReason,
      },
    });
  }
  if (cascade.cancelledPaymentIds.length > 0) {
    await tx.directPayment.updateMany({
      where: { id: { in: [...cascade.cancelledPaymentIds] } },
      data: { status: 'CANCELLED' },
    });
  }
  for (const links of groupedBy(cascade.carerLinks, (link) => link.validTo)) {
    await tx.carerLink.updateMany({
      where: { id: { in: links.map((link) => link.id) } },
      data: { validTo: toDbDate(links[0].validTo) },
    });
  }
  // open CLD events close alike (on the date of death, NFA: Deceased): one statement per date
  for (const requests of groupedBy(cascade.requests, (request) => request.closedDate)) {
    await tx.request.updateMany({
      where: { id: { in: requests.map((request) => request.id) }, closedDate: null },
      data: { closedDate: toDbDate(requests[0].closedDate), outcome: requests[0].outcome },
    });
  }
  for (const assessments of groupedBy(cascade.assessments, (item) => item.completedDate)) {
    await tx.assessment.updateMany({
      where: { id: { in: assessments.map((item) => item.id) }, completedDate: null },
      data: {
        completedDate: toDbDate(assessments[0].completedDate),
        outcome: assessments[0].outcome,
      },
    });
  }
  for (const reviews of groupedBy(cascade.reviews, (review) => review.cancelledOn)) {
    await tx.review.updateMany({
      where: { id: { in: reviews.map((review) => review.id) }, completedDate: null },
      data: {
        cancelledOn: toDbDate(reviews[0].cancelledOn),
        cancellationReason: reviews[0].cancellationReason,
      },
    });
  }
}

/** Items in groups of equal keys, each group non-empty. */
function groupedBy<T>(items: readonly T[], key: (item: T) => string): [T, ...T[]][] {
  const groups = new Map<string, [T, ...T[]]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return [...groups.values()];
}
