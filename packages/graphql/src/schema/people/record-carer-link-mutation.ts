import { carerLinkInputSchema, periodsOverlap } from '@openpb/domain/entities/carer-link';
import { checkWithinLifetime } from '@openpb/domain/rules/within-lifetime';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { referencedPerson } from '../case-pathway/referenced-records.ts';
import { PersonRef } from '../person.ts';
import { CarerLinkRef } from './carer-link.ts';
import { lifetimeOf } from './lifetime.ts';
import { recordDetailChanges } from './record-detail-changes.ts';

const RecordCarerLinkInput = builder.inputType('RecordCarerLinkInput', {
  fields: (t) => ({
    carerPersonId: t.globalID({ for: PersonRef, description: 'The unpaid carer.' }),
    caredForPersonId: t.globalID({ for: PersonRef, description: 'The adult they care for.' }),
    hoursCaringPerWeekHundredths: t.int({
      required: false,
      description:
        'Hours a week caring for this person × 100 (35.5 hours is 3550); at most 168 hours.',
    }),
    validFrom: t.field({ type: 'Date', description: 'Not in the future.' }),
    validTo: t.field({ type: 'Date', required: false }),
  }),
});

builder.mutationField('recordCarerLink', (t) =>
  t.field({
    type: CarerLinkRef,
    description:
      'Links an unpaid carer to an adult they care for, with the hours a week. The cared-for person then has an unpaid carer (CLD Has_Unpaid_Carer) from that date.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RecordCarerLinkInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Conflict, Forbidden],
      dataField: { name: 'carerLink' },
    },
    resolve: async (_root, { input }, context) => {
      const link = parseInput(carerLinkInputSchema(todayIn(context.now())), {
        ...input,
        carerPersonId: input.carerPersonId.id,
        caredForPersonId: input.caredForPersonId.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'recordCarerLink', async (tx, events) => {
        events.fromResult('carer_link.recorded');
        await actingStaff(tx, context);
        const carer = await referencedPerson(tx, councilId, link.carerPersonId, [
          'input',
          'carerPersonId',
        ]);
        const caredFor = await referencedPerson(tx, councilId, link.caredForPersonId, [
          'input',
          'caredForPersonId',
        ]);
        for (const person of [carer, caredFor]) {
          const lifetime = lifetimeOf(person);
          enforce(checkWithinLifetime(link.validFrom, lifetime, ['validFrom']));
          if (link.validTo !== undefined) {
            enforce(checkWithinLifetime(link.validTo, lifetime, ['validTo']));
          }
        }
        const period = { validFrom: link.validFrom, validTo: link.validTo ?? null };
        const existing = await tx.carerLink.findMany({
          where: { carerPersonId: carer.id, caredForPersonId: caredFor.id },
          select: { validFrom: true, validTo: true },
        });
        const clash = existing.some((other) =>
          periodsOverlap(period, {
            validFrom: fromDbDate(other.validFrom),
            validTo: other.validTo ? fromDbDate(other.validTo) : null,
          }),
        );
        if (clash) {
          throw new Conflict(
            'DUPLICATE',
            'This carer is linked to this person for part of that period already',
            ['input', 'validFrom'],
          );
        }
        const created = await tx.carerLink.create({
          data: {
            councilId,
            carerPersonId: carer.id,
            caredForPersonId: caredFor.id,
            hoursCaringPerWeekHundredths: link.hoursCaringPerWeekHundredths ?? null,
            validFrom: toDbDate(link.validFrom),
            validTo: toDbDateOrNull(link.validTo),
            recordedBySubject: context.viewer.subject,
            recordedAt: context.now(),
          },
        });
        await recordDetailChanges(
          tx,
          caredFor,
          [{ field: 'HAS_UNPAID_CARER', value: 'true' }],
          link.validFrom,
          { bySubject: context.viewer.subject, at: context.now() },
        );
        return created;
      });
    },
  }),
);
