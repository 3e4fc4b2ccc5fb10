import { EventOutcomeR2 } from '@openpb/domain/code-lists/event-outcome-r2';
import { RequestSource } from '@openpb/domain/code-lists/request-source';
import { RouteOfAccess } from '@openpb/domain/code-lists/route-of-access';
import { requestInputSchema } from '@openpb/domain/entities/request';
import { builder } from '../../builder.ts';
import { toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonRef } from '../person.ts';
import { checkEventDatesAgainstDeath } from './event-dates-against-death.ts';
import { referencedPerson } from './referenced-records.ts';
import { RequestRef } from './request.ts';

const RecordRequestInput = builder.inputType('RecordRequestInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, description: 'The person the request is about.' }),
    receivedDate: t.field({ type: 'Date' }),
    routeOfAccess: t.field({ type: codeEnum(RouteOfAccess) }),
    source: t.field({ type: codeEnum(RequestSource), description: 'Who made the request.' }),
    isConversation: t.boolean({
      required: false,
      description: 'A first conversation of a "three conversations" model. Default false.',
    }),
    outcome: t.field({
      type: codeEnum(EventOutcomeR2),
      required: false,
      description: 'The outcome, when the request is closed; needs `closedDate`.',
    }),
    closedDate: t.field({
      type: 'Date',
      required: false,
      description: 'Not before the received date, nor after the person’s death (I-13).',
    }),
  }),
});

builder.mutationField('recordRequest', (t) =>
  t.field({
    type: RequestRef,
    description:
      'Records a request for support for a person of your council, open or already closed with its outcome.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RecordRequestInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Forbidden],
      dataField: { name: 'request' },
    },
    resolve: async (_root, { input }, context) => {
      const request = parseInput(requestInputSchema, { ...input, personId: input.personId.id });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'recordRequest', async (tx, events) => {
        events.fromResult('request.recorded');
        await actingStaff(tx, context);
        const person = await referencedPerson(tx, councilId, request.personId, [
          'input',
          'personId',
        ]);
        enforce(
          checkEventDatesAgainstDeath(
            {
              eventType: 'REQUEST',
              startDate: request.receivedDate,
              endDate: request.closedDate,
              fields: { startDate: 'receivedDate', endDate: 'closedDate' },
            },
            person.deathDate,
          ),
        );
        return tx.request.create({
          data: {
            councilId,
            personId: person.id,
            receivedDate: toDbDate(request.receivedDate),
            closedDate: toDbDateOrNull(request.closedDate),
            routeOfAccess: request.routeOfAccess,
            source: request.source,
            outcome: request.outcome ?? null,
            isConversation: request.isConversation,
          },
        });
      });
    },
  }),
);
