import { randomBytes } from 'node:crypto';
import { DOMAIN_EVENT_TYPES } from '@openpb/domain/events/domain-event-type';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import type { EventSubject as EventRow } from '../../events/event-collector.ts';
import { uuidV7 } from '../../events/event-collector.ts';
import { databaseId, tenantRowWhere } from '../../tenancy.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { OrganisationRef } from '../onboarding/organisation.ts';
import {
  IssuedWebhookSecretRef,
  WebhookDeliveryRef,
  WebhookEndpointRef,
} from './webhook-endpoint.ts';
import {
  APP_EVENT_TYPES,
  actingWebhookManager,
  managedEndpointsWhere,
  managedOrganisation,
  WEBHOOK_MANAGERS,
} from './webhook-manager.ts';

/** At most a week of two signing secrets. */
const MAX_GRACE_SECONDS = 7 * 24 * 60 * 60;
const DEFAULT_GRACE_SECONDS = 24 * 60 * 60;

const appHears = (type: string) => (APP_EVENT_TYPES as readonly string[]).includes(type);

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

const endpointSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .url()
    .refine((url) => /^https?:\/\//.test(url), 'An http(s) URL'),
  eventTypes: z.array(z.enum(DOMAIN_EVENT_TYPES as [string, ...string[]])).max(100),
});

const RegisterWebhookEndpointInput = builder.inputType('RegisterWebhookEndpointInput', {
  fields: (t) => ({
    url: t.string({ description: 'Where events are POSTed.' }),
    eventTypes: t.stringList({
      required: false,
      description: 'Event types to deliver (e.g. "support_plan.approved"); none or empty: all.',
    }),
    organisationId: t.globalID({
      for: OrganisationRef,
      required: false,
      description:
        'For a third-party app: it hears only of people who delegated to this organisation, within the delegation’s scopes, until revoked. An app registering its own endpoint may leave it out (it is always its own organisation).',
    }),
  }),
});

builder.mutationField('registerWebhookEndpoint', (t) =>
  t.field({
    type: IssuedWebhookSecretRef,
    description:
      'Registers a webhook endpoint for the council’s systems or a third-party app, and returns its signing secret (shown this once). Council administrators; or a third-party app, for its own organisation only, with event types an app can hear.',
    authScopes: WEBHOOK_MANAGERS,
    args: { input: t.arg({ type: RegisterWebhookEndpointInput, required: true }) },
    errors: { types: [ValidationFailed, NotFound, Forbidden], dataField: { name: 'registration' } },
    resolve: async (_root, { input }, context) => {
      const { url, eventTypes } = parseInput(endpointSchema, {
        url: input.url,
        eventTypes: input.eventTypes ?? [],
      });
      return writeTransaction(context, 'registerWebhookEndpoint', async (tx, events) => {
        events.fromResult('webhook_endpoint.registered', (r: { endpoint: EventRow }) => r.endpoint);
        await actingWebhookManager(tx, context);
        const own = managedOrganisation(context);
        const organisationId = own ?? input.organisationId?.id ?? null;
        if (own !== null && input.organisationId && input.organisationId.id !== own) {
          throw new Forbidden('An app may register endpoints only for its own organisation', [
            'input',
            'organisationId',
          ]);
        }
        const unheard = own === null ? [] : eventTypes.filter((type) => !appHears(type));
        if (unheard.length > 0) {
          throw new ValidationFailed([
            {
              path: ['eventTypes'],
              message: `An app is never sent ${unheard.join(', ')}: council systems only`,
              code: 'COUNCIL_SYSTEMS_ONLY',
            },
          ]);
        }
        if (organisationId && own === null) {
          const organisation = await tx.organisation.findUnique({
            where: { id: organisationId },
            select: { id: true },
          });
          if (!organisation) throw new NotFound('organisation', ['input', 'organisationId']);
        }
        const secret = newSecret();
        const endpoint = await tx.webhookEndpoint.create({
          data: {
            id: uuidV7(),
            councilId: context.viewer.councilId,
            organisationId,
            url,
            eventTypes,
            secret,
            createdBySubject: context.viewer.subject,
          },
        });
        return { endpoint, secret };
      });
    },
  }),
);

const RotateWebhookEndpointSecretInput = builder.inputType('RotateWebhookEndpointSecretInput', {
  fields: (t) => ({
    endpointId: t.globalID({ for: WebhookEndpointRef }),
    graceSeconds: t.int({
      required: false,
      description:
        'How long deliveries are also signed with the old secret, 0 to 604 800 seconds; 24 hours when left out.',
    }),
  }),
});

builder.mutationField('rotateWebhookEndpointSecret', (t) =>
  t.field({
    type: IssuedWebhookSecretRef,
    description:
      'Gives an endpoint a new signing secret, shown this once; during the grace period each delivery carries a v1 signature for each secret. Council administrators; or a third-party app, for its own endpoints.',
    authScopes: WEBHOOK_MANAGERS,
    args: { input: t.arg({ type: RotateWebhookEndpointSecretInput, required: true }) },
    errors: { types: [ValidationFailed, NotFound, Forbidden], dataField: { name: 'rotation' } },
    resolve: async (_root, { input }, context) => {
      const { graceSeconds } = parseInput(
        z.object({ graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS) }),
        { graceSeconds: input.graceSeconds ?? DEFAULT_GRACE_SECONDS },
      );
      return writeTransaction(context, 'rotateWebhookEndpointSecret', async (tx, events) => {
        events.fromResult(
          'webhook_endpoint.secret_rotated',
          (r: { endpoint: EventRow }) => r.endpoint,
        );
        await actingWebhookManager(tx, context);
        const current = await tx.webhookEndpoint.findFirst({
          where: { ...managedEndpointsWhere(context), id: databaseId(input.endpointId.id) },
        });
        if (!current) throw new NotFound('webhook endpoint', ['input', 'endpointId']);
        const secret = newSecret();
        const endpoint = await tx.webhookEndpoint.update({
          where: { id: current.id },
          data: {
            secret,
            previousSecret: graceSeconds > 0 ? current.secret : null,
            previousSecretValidUntil:
              graceSeconds > 0 ? new Date(context.now().getTime() + graceSeconds * 1000) : null,
          },
        });
        return { endpoint, secret };
      });
    },
  }),
);

const DisableWebhookEndpointInput = builder.inputType('DisableWebhookEndpointInput', {
  fields: (t) => ({ endpointId: t.globalID({ for: WebhookEndpointRef }) }),
});

builder.mutationField('disableWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointRef,
    description:
      'Stops deliveries to an endpoint; those pending are not sent. Council administrators; or a third-party app, for its own endpoints.',
    authScopes: WEBHOOK_MANAGERS,
    args: { input: t.arg({ type: DisableWebhookEndpointInput, required: true }) },
    errors: { types: [NotFound, InvalidState, Forbidden], dataField: { name: 'endpoint' } },
    resolve: async (_root, { input }, context) =>
      writeTransaction(context, 'disableWebhookEndpoint', async (tx, events) => {
        events.fromResult('webhook_endpoint.disabled');
        await actingWebhookManager(tx, context);
        const current = await tx.webhookEndpoint.findFirst({
          where: { ...managedEndpointsWhere(context), id: databaseId(input.endpointId.id) },
        });
        if (!current) throw new NotFound('webhook endpoint', ['input', 'endpointId']);
        if (current.disabledAt) {
          throw new InvalidState('The endpoint is disabled already', ['input', 'endpointId']);
        }
        return tx.webhookEndpoint.update({
          where: { id: current.id },
          data: { disabledAt: context.now(), disabledReason: 'Disabled by staff' },
        });
      }),
  }),
);

const RedeliverWebhookEventInput = builder.inputType('RedeliverWebhookEventInput', {
  fields: (t) => ({ deliveryId: t.globalID({ for: WebhookDeliveryRef }) }),
});

builder.mutationField('redeliverWebhookEvent', (t) =>
  t.field({
    type: WebhookDeliveryRef,
    description:
      'Sends a delivery again, now, whatever its state (e.g. after the receiver was fixed); its log is kept. The endpoint must be active; the worker checks again that an app may still hear of it. Council administrators; or a third-party app, for its own endpoints.',
    authScopes: WEBHOOK_MANAGERS,
    args: { input: t.arg({ type: RedeliverWebhookEventInput, required: true }) },
    errors: { types: [NotFound, InvalidState, Forbidden], dataField: { name: 'delivery' } },
    resolve: async (_root, { input }, context) =>
      writeTransaction(context, 'redeliverWebhookEvent', async (tx) => {
        await actingWebhookManager(tx, context);
        const delivery = await tx.webhookDelivery.findFirst({
          where: {
            ...tenantRowWhere(input.deliveryId.id, context.viewer.councilId),
            endpoint: managedEndpointsWhere(context),
          },
          include: { endpoint: true },
        });
        if (!delivery) throw new NotFound('webhook delivery', ['input', 'deliveryId']);
        if (delivery.endpoint.disabledAt) {
          throw new InvalidState('The endpoint is disabled', ['input', 'deliveryId']);
        }
        return tx.webhookDelivery.update({
          where: { id: delivery.id },
          data: { status: 'PENDING', nextAttemptAt: context.now() },
        });
      }),
  }),
);

builder.queryField('webhookEndpoints', (t) =>
  t.prismaConnection({
    type: 'WebhookEndpoint',
    cursor: 'id',
    description:
      'The council’s webhook endpoints, newest first. Council administrators; a third-party app sees only its own organisation’s.',
    authScopes: WEBHOOK_MANAGERS,
    totalCount: (_root, _args, context) =>
      context.db.webhookEndpoint.count({ where: managedEndpointsWhere(context) }),
    resolve: (query, _root, _args, context) =>
      context.db.webhookEndpoint.findMany({
        ...query,
        where: managedEndpointsWhere(context),
        orderBy: { id: 'desc' },
      }),
  }),
);
