import type { Prisma } from '@openpb/db/client';
import { EventOutcomeR2 } from '@openpb/domain/code-lists/event-outcome-r2';
import { RequestSource } from '@openpb/domain/code-lists/request-source';
import { RouteOfAccess } from '@openpb/domain/code-lists/route-of-access';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { codeEnum } from '../code-lists.ts';
import { AssessmentRef } from './assessment.ts';

/** The assessments that followed a request, latest start first. */
const REQUEST_ASSESSMENTS: ChildRelation<Prisma.AssessmentGetPayload<object>> = {
  model: 'Assessment',
  parentField: 'requestId',
  orderBy: [
    ['startDate', 'DESC'],
    ['id', 'DESC'],
  ],
};
const requestAssessmentsPages = prismaConnectionHelpers(builder, 'Assessment', { cursor: 'id' });

export const RequestRef = builder.prismaNode('Request', {
  authScopes: STAFF_ONLY,
  description:
    'A request for support: a contact asking the council for adult social care (CLD Request event).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person'),
    receivedDate: t.field({ type: 'Date', resolve: (request) => request.receivedDate }),
    closedDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the request was closed with its outcome; empty while it is open.',
      resolve: (request) => request.closedDate,
    }),
    routeOfAccess: t.expose('routeOfAccess', {
      type: codeEnum(RouteOfAccess),
    }),
    source: t.expose('source', {
      type: codeEnum(RequestSource),
    }),
    outcome: t.expose('outcome', {
      type: codeEnum(EventOutcomeR2),
      nullable: true,
    }),
    isConversation: t.exposeBoolean('isConversation', {
      description: 'A first conversation of a "three conversations" model, recorded as a request.',
    }),
    assessments: t.connection({
      type: AssessmentRef,
      description: 'Assessments that followed this request, latest start first.',
      resolve: childPage(requestAssessmentsPages, REQUEST_ASSESSMENTS),
    }),
  }),
});
