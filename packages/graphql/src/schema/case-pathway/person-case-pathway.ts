import { builder } from '../../builder.ts';

builder.prismaObjectFields('Person', (t) => ({
  requests: t.relatedConnection('requests', {
    description: 'Requests for support, latest received first.',
    cursor: 'id',
    query: { orderBy: [{ receivedDate: 'desc' }, { id: 'desc' }] },
  }),
  assessments: t.relatedConnection('assessments', {
    description: 'Assessments, latest start first.',
    cursor: 'id',
    query: { orderBy: [{ startDate: 'desc' }, { id: 'desc' }] },
  }),
  reviews: t.relatedConnection('reviews', {
    description: 'Reviews, due and completed, latest due first.',
    cursor: 'id',
    query: { orderBy: [{ dueDate: 'desc' }, { id: 'desc' }] },
  }),
  safeguardingConcerns: t.relatedConnection('safeguardingConcerns', {
    description: 'Safeguarding concerns, latest raised first.',
    cursor: 'id',
    query: { orderBy: [{ raisedDate: 'desc' }, { id: 'desc' }] },
  }),
  allocations: t.relatedConnection('allocations', {
    description: 'Workers who hold or held the case, latest first.',
    cursor: 'id',
    query: { orderBy: [{ fromDate: 'desc' }, { id: 'desc' }] },
  }),
}));
