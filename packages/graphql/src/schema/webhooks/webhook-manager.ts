import type { Prisma } from '@openpb/db/client';
import {
  DOMAIN_EVENT_TYPES,
  DOMAIN_EVENTS,
  type DomainEventType,
} from '@openpb/domain/events/domain-event-type';
import type { GraphQLContext } from '../../context.ts';
import { ONBOARDING_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';

/**
 * Who may manage webhook endpoints (D36, D70): the council's administrators, every endpoint of
 * the council; a third-party app (its administrator holds its client credentials), only the
 * endpoints of its own organisation in that council.
 */
export const WEBHOOK_MANAGERS = { $any: { anyRole: ONBOARDING_ROLES, thirdParty: true } } as const;

/**
 * Subjects of the events that concern an organisation itself (its delegations, its API clients,
 * its endpoints): an app hears of them although they carry no delegation scope (D36).
 */
const ORGANISATION_SUBJECTS = new Set(['Delegation', 'ApiClient', 'WebhookEndpoint']);

/** The event types an app's endpoint can ever be sent; the others are for council systems only. */
export const APP_EVENT_TYPES: readonly DomainEventType[] = DOMAIN_EVENT_TYPES.filter(
  (type) =>
    DOMAIN_EVENTS[type].scope !== null || ORGANISATION_SUBJECTS.has(DOMAIN_EVENTS[type].subject),
);

/** The organisation whose endpoints the caller is limited to; null: a council administrator. */
export function managedOrganisation(context: GraphQLContext): string | null {
  return context.viewer.organisationId ?? null;
}

/**
 * Checks the caller may act: a member of staff needs an active staff record; an app's token was
 * checked when the request was authenticated (a revoked API client has none).
 */
export async function actingWebhookManager(
  tx: Prisma.TransactionClient,
  context: GraphQLContext,
): Promise<void> {
  if (managedOrganisation(context) === null) await actingStaff(tx, context);
}

/** The `where` of the endpoints the caller may manage: the council's, or only its organisation's. */
export function managedEndpointsWhere(context: GraphQLContext): Prisma.WebhookEndpointWhereInput {
  const organisationId = managedOrganisation(context);
  return {
    councilId: context.viewer.councilId,
    ...(organisationId === null ? {} : { organisationId }),
  };
}

/** Type-level rule of an endpoint: staff, or the app whose organisation it belongs to. */
export function endpointReadable(
  endpoint: { organisationId: string | null },
  context: GraphQLContext,
): boolean | { staff: true } {
  const organisationId = managedOrganisation(context);
  if (organisationId === null) return { staff: true };
  return endpoint.organisationId === organisationId;
}

const ownEndpointIds = new WeakMap<GraphQLContext, Promise<ReadonlySet<string>>>();

/**
 * Type-level rule of a delivery: staff, or the app whose organisation owns its endpoint. An app's
 * endpoints are loaded once per request (one query, however many deliveries it reads).
 */
export async function deliveryReadable(
  delivery: { endpointId: string },
  context: GraphQLContext,
): Promise<boolean | { staff: true }> {
  const organisationId = managedOrganisation(context);
  if (organisationId === null) return { staff: true };
  let ids = ownEndpointIds.get(context);
  if (!ids) {
    ids = context.db.webhookEndpoint
      .findMany({ where: managedEndpointsWhere(context), select: { id: true } })
      .then((rows) => new Set(rows.map((row) => row.id)));
    ownEndpointIds.set(context, ids);
  }
  return (await ids).has(delivery.endpointId);
}
