import { builder } from '../../builder.ts';

// Why and when an approver rejected a submitted version (rejectSupportPlan, D90).

builder.prismaObjectFields('SupportPlan', (t) => ({
  rejectedAt: t.expose('rejectedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When the approver rejected this version; null unless it is REJECTED.',
  }),
  rejectionReason: t.exposeString('rejectionReason', {
    nullable: true,
    description:
      'Why the approver rejected this version, for the worker drafting the next one (and the app that proposed it); null unless it is REJECTED.',
  }),
}));
