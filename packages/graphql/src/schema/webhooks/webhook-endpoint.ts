import type { Prisma } from '@openpb/db/client';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import { type ChildRelation, childRows } from '../child-rows.ts';
import { deliveryReadable, endpointReadable } from './webhook-manager.ts';

/** An endpoint's delivery log, newest event first. */
const ENDPOINT_DELIVERIES: ChildRelation<Prisma.WebhookDeliveryGetPayload<object>> = {
  model: 'WebhookDelivery',
  parentField: 'endpointId',
  orderBy: [
    ['eventPosition', 'DESC'],
    ['id', 'DESC'],
  ],
};
const deliveryPages = prismaConnectionHelpers(builder, 'WebhookDelivery', { cursor: 'id' });

/** A delivery's attempts, oldest first. */
const DELIVERY_ATTEMPTS: ChildRelation<Prisma.WebhookDeliveryAttemptGetPayload<object>> = {
  model: 'WebhookDeliveryAttempt',
  parentField: 'deliveryId',
  orderBy: [['id', 'ASC']],
};

/** A council's webhook endpoint (D36); its secret is shown only when issued. */
export const WebhookEndpointRef = builder.prismaNode('WebhookEndpoint', {
  description:
    'Where the council’s own systems, or a third-party app, hear of changes: each event is POSTed, signed with the endpoint’s secret in the OpenPB-Signature header (t=…,v1=…, HMAC-SHA-256 of "t.body"; verify with the SDK’s webhooks.verify).',
  id: { field: 'id' },
  nullable: true,
  // staff; an app, only its own organisation's (D70)
  authScopes: endpointReadable,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    url: t.exposeString('url'),
    eventTypes: t.exposeStringList('eventTypes', {
      description: 'The event types delivered (e.g. "delegation.revoked"); empty: every type.',
    }),
    organisation: t.globalID({
      nullable: true,
      description: 'The third-party app’s organisation; null for the council’s own systems.',
      resolve: (endpoint) =>
        endpoint.organisationId ? { type: 'Organisation', id: endpoint.organisationId } : null,
    }),
    active: t.boolean({ resolve: (endpoint) => endpoint.disabledAt === null }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    disabledReason: t.exposeString('disabledReason', { nullable: true }),
    consecutiveFailures: t.exposeInt('consecutiveFailures'),
    previousSecretValidUntil: t.expose('previousSecretValidUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'After a rotation: until when deliveries are also signed with the old secret.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveries: t.connection({
      type: WebhookDeliveryRef,
      description: 'The delivery log, newest event first.',
      resolve: childPage(deliveryPages, ENDPOINT_DELIVERIES),
    }),
  }),
});

/** One event's delivery to one endpoint, with its attempts. */
export const WebhookDeliveryRef = builder.prismaNode('WebhookDelivery', {
  description:
    'One event’s delivery to one endpoint: PENDING (due at nextAttemptAt), SUCCEEDED, FAILED (given up after about a day of retries) or SKIPPED (no longer allowed, e.g. the delegation was revoked).',
  id: { field: 'id' },
  nullable: true,
  authScopes: deliveryReadable,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    eventId: t.exposeID('eventId', { description: 'The event’s id (the body’s "id").' }),
    status: t.exposeString('status'),
    attempts: t.exposeInt('attempts'),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
    lastLatencyMs: t.exposeInt('lastLatencyMs', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    log: t.field({
      type: [WebhookDeliveryAttemptRef],
      description: 'Every attempt, oldest first.',
      resolve: (delivery, _args, context) =>
        childRows(context, DELIVERY_ATTEMPTS, delivery.id, null),
    }),
  }),
});

const WebhookDeliveryAttemptRef = builder
  .objectRef<Prisma.WebhookDeliveryAttemptGetPayload<object>>('WebhookDeliveryAttempt')
  .implement({
    description: 'One attempt: when, the status code (or the error) and how long it took.',
    fields: (t) => ({
      attemptedAt: t.expose('attemptedAt', { type: 'DateTime' }),
      statusCode: t.exposeInt('statusCode', { nullable: true }),
      error: t.exposeString('error', { nullable: true }),
      latencyMs: t.exposeInt('latencyMs'),
    }),
  });

export interface IssuedWebhookSecret {
  readonly endpoint: Prisma.WebhookEndpointGetPayload<object>;
  readonly secret: string;
}

export const IssuedWebhookSecretRef = builder
  .objectRef<IssuedWebhookSecret>('IssuedWebhookSecret')
  .implement({
    description:
      'An endpoint and the signing secret just issued for it, shown only in this response.',
    fields: (t) => ({
      endpoint: t.field({ type: WebhookEndpointRef, resolve: (issued) => issued.endpoint }),
      secret: t.exposeString('secret'),
    }),
  });
