import type { DelegationScope } from '../code-lists/delegation-scope.ts';

/**
 * The domain events the outbox records (docs/decisions.md D35): one per change a
 * business mutation commits, in the same transaction. An event names its subject (a GraphQL type,
 * whose global id the event carries), the person it is about when there is one, and a version of
 * its payload; the payload holds ids only, never personal details.
 *
 * `scope` says which third-party apps may receive it: an app whose delegation from the person is
 * live and holds the scope. `null`: council systems only. `delegation.*` events go to the
 * delegated organisation's endpoints whatever the delegation's state (so an app hears of its own
 * revocation), and to no other app.
 */
export interface DomainEventSpec {
  readonly subject: string;
  readonly version: number;
  readonly scope: DelegationScope | null;
  readonly description: string;
}

const event = (
  subject: string,
  scope: DelegationScope | null,
  description: string,
): DomainEventSpec => Object.freeze({ subject, version: 1, scope, description });

export const DOMAIN_EVENTS = Object.freeze({
  'person.created': event('Person', null, 'A person was recorded.'),
  'person.details_changed': event('Person', null, 'A person’s details changed.'),
  'person.died': event('Person', null, 'A person’s death was recorded.'),
  'request.recorded': event('Request', null, 'A request for support was recorded.'),
  'case.allocated': event('Allocation', null, 'A case was allocated to a worker.'),
  'safeguarding_concern.raised': event('SafeguardingConcern', null, 'A concern was raised.'),
  'assessment.completed': event('Assessment', null, 'An assessment was completed.'),
  'indicative_budget.calculated': event(
    'IndicativeBudget',
    'READ_BUDGET',
    'An indicative budget was calculated.',
  ),
  'support_plan.drafted': event('SupportPlan', 'READ_PLAN', 'A support plan version was drafted.'),
  'support_plan.revised': event('SupportPlan', 'READ_PLAN', 'A draft support plan was revised.'),
  'support_plan.submitted': event('SupportPlan', 'READ_PLAN', 'A support plan was submitted.'),
  'support_plan.approved': event('SupportPlan', 'READ_PLAN', 'A support plan was approved.'),
  'support_plan.rejected': event(
    'SupportPlan',
    'READ_PLAN',
    'A submitted support plan was rejected by the approver, with a reason.',
  ),
  'support_plan.superseded': event(
    'SupportPlan',
    'READ_PLAN',
    'An approved support plan was superseded by a newer version.',
  ),
  'support_plan_line.cqc_location_set': event(
    'SupportPlanLine',
    'READ_PLAN',
    'A plan line’s CQC location was set.',
  ),
  'support_plan_proposal.received': event(
    'SupportPlanProposal',
    'PROPOSE_PLAN',
    'An app proposed a support plan version.',
  ),
  'support_plan_proposal.accepted': event(
    'SupportPlanProposal',
    'PROPOSE_PLAN',
    'A proposed support plan was accepted.',
  ),
  'support_plan_proposal.rejected': event(
    'SupportPlanProposal',
    'PROPOSE_PLAN',
    'A proposed support plan was rejected.',
  ),
  'personal_budget.agreed': event('PersonalBudget', 'READ_BUDGET', 'A personal budget was agreed.'),
  'direct_payment.set_up': event(
    'DirectPaymentAgreement',
    'READ_DP_LEDGER',
    'A direct payment agreement was set up.',
  ),
  'direct_payment.scheduled': event(
    'DirectPaymentAgreement',
    'READ_DP_LEDGER',
    'Direct payments were scheduled.',
  ),
  'direct_payment.paid': event('DirectPayment', 'READ_DP_LEDGER', 'A direct payment was paid.'),
  'direct_payment_audit.completed': event(
    'DirectPaymentAudit',
    'READ_DP_LEDGER',
    'A direct payment audit was completed.',
  ),
  'account_transaction.recorded': event(
    'AccountTransaction',
    'READ_DP_LEDGER',
    'A transaction on the direct payment account was recorded.',
  ),
  'pa_employment.recorded': event(
    'PaEmployment',
    'READ_DP_LEDGER',
    'A personal assistant’s employment was recorded.',
  ),
  'spend.submitted': event('SpendSubmission', 'SUBMIT_EVIDENCE', 'An app submitted a spend.'),
  'spend.accepted': event('SpendSubmission', 'SUBMIT_EVIDENCE', 'A submitted spend was accepted.'),
  'spend.rejected': event('SpendSubmission', 'SUBMIT_EVIDENCE', 'A submitted spend was rejected.'),
  'recovery.raised': event('Recovery', 'READ_DP_LEDGER', 'A recovery was raised.'),
  'recovery.notified': event('Recovery', 'READ_DP_LEDGER', 'The recipient was notified.'),
  'recovery.completed': event('Recovery', 'READ_DP_LEDGER', 'A recovery was completed.'),
  'review.due': event('Review', null, 'A review fell due.'),
  'review.completed': event('Review', null, 'A review was recorded.'),
  'mental_capacity_assessment.recorded': event(
    'MentalCapacityAssessment',
    null,
    'A mental capacity assessment was recorded.',
  ),
  'carer_link.recorded': event('CarerLink', null, 'A carer link was recorded.'),
  'carer_link.ended': event('CarerLink', null, 'A carer link ended.'),
  'representative.recorded': event('Representative', null, 'A representative was recorded.'),
  'delegation.granted': event('Delegation', null, 'A person delegated to an organisation.'),
  'delegation.revoked': event('Delegation', null, 'A delegation was revoked.'),
  'delegation.expired': event('Delegation', null, 'A delegation reached its end date.'),
  'organisation.registered': event('Organisation', null, 'An organisation was registered.'),
  'api_client.registered': event('ApiClient', null, 'An app’s API client was registered.'),
  'api_client.secret_rotated': event('ApiClient', null, 'An API client’s secret was rotated.'),
  'api_client.revoked': event('ApiClient', null, 'An API client was revoked.'),
  'webhook_endpoint.registered': event('WebhookEndpoint', null, 'A webhook endpoint was added.'),
  'webhook_endpoint.secret_rotated': event(
    'WebhookEndpoint',
    null,
    'A webhook endpoint’s secret was rotated.',
  ),
  'webhook_endpoint.disabled': event(
    'WebhookEndpoint',
    null,
    'A webhook endpoint was disabled (by staff, or after sustained delivery failure).',
  ),
} satisfies Record<string, DomainEventSpec>);

export type DomainEventType = keyof typeof DOMAIN_EVENTS;

export const DOMAIN_EVENT_TYPES = Object.freeze(Object.keys(DOMAIN_EVENTS) as DomainEventType[]);

export function isDomainEventType(value: string): value is DomainEventType {
  return Object.hasOwn(DOMAIN_EVENTS, value);
}

/** Scopes an app's delegation must hold for each event type (the types a scope lets it hear). */
export function eventTypesForScope(scope: DelegationScope): DomainEventType[] {
  return DOMAIN_EVENT_TYPES.filter((type) => DOMAIN_EVENTS[type].scope === scope);
}
