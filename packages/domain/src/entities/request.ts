/**
 * A request for support (domain.md §1.1 stage 1, §6.2 Request): a contact asking the council for
 * adult social care, recorded as a CLD Request event with its Route of Access and Event Outcome.
 * In a "three conversations" model the first conversation is recorded as a request (S-03).
 */
import { z } from 'zod';
import { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';
import { RequestSource } from '../code-lists/request-source.ts';
import { RouteOfAccess } from '../code-lists/route-of-access.ts';
import { checkEventDates } from '../rules/event-dates.ts';
import { addViolations, codeSchema, idSchema, isoDateSchema } from './field-schemas.ts';

/** Input for recording a request; it is closed when it has an outcome and a closed date. */
export const requestInputSchema = z
  .object({
    personId: idSchema,
    receivedDate: isoDateSchema,
    routeOfAccess: codeSchema(RouteOfAccess),
    source: codeSchema(RequestSource),
    isConversation: z.boolean().default(false),
    outcome: codeSchema(EventOutcomeR2).optional(),
    closedDate: isoDateSchema.optional(),
  })
  .superRefine((request, context) => {
    addViolations(
      context,
      checkEventDates({
        eventType: 'REQUEST',
        startDate: request.receivedDate,
        endDate: request.closedDate,
        completed: request.outcome !== undefined,
      }).map((item) => ({
        ...item,
        path: item.path[0] === 'endDate' ? ['closedDate'] : ['receivedDate'],
      })),
    );
    if (request.closedDate !== undefined && request.outcome === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'A closed request needs an outcome',
        path: ['outcome'],
      });
    }
  });

export type RequestInput = z.output<typeof requestInputSchema>;
