/** What a timeline entry is about; each kind is one table of the person's record. */
export const TIMELINE_EVENT_KINDS = {
  REQUEST: { typename: 'Request', description: 'A request for support was received.' },
  ASSESSMENT: { typename: 'Assessment', description: 'An assessment was completed (or started).' },
  INDICATIVE_BUDGET: {
    typename: 'IndicativeBudget',
    description: 'The resource allocation system gave an indicative budget.',
  },
  SUPPORT_PLAN: { typename: 'SupportPlan', description: 'A support plan version starts.' },
  PERSONAL_BUDGET: { typename: 'PersonalBudget', description: 'A personal budget takes effect.' },
  DIRECT_PAYMENT_AGREEMENT: {
    typename: 'DirectPaymentAgreement',
    description: 'A direct payment agreement starts.',
  },
  REVIEW: { typename: 'Review', description: 'A review took place, or is due.' },
  SAFEGUARDING_CONCERN: {
    typename: 'SafeguardingConcern',
    description: 'A safeguarding concern was raised.',
  },
} as const;

export type TimelineEventKind = keyof typeof TIMELINE_EVENT_KINDS;
