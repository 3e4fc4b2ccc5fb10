import { builder } from '../../builder.ts';

builder.prismaObjectFields('Person', (t) => ({
  directPaymentAgreements: t.relatedConnection('agreements', {
    description: 'Direct payment agreements, latest start first.',
    cursor: 'id',
    query: { orderBy: [{ startDate: 'desc' }, { id: 'desc' }] },
  }),
}));
