import { builder } from '../../builder.ts';
import { STAFF_ONLY } from '../../delegations/type-access.ts';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';

builder.prismaObjectFields('Person', (t) => ({
  requests: t.relatedConnection('requests', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Requests for support, latest received first.',
    cursor: 'id',
    query: { orderBy: [{ receivedDate: 'desc' }, { id: 'desc' }] },
  }),
  assessments: t.relatedConnection('assessments', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Assessments, latest start first.',
    cursor: 'id',
    query: { orderBy: [{ startDate: 'desc' }, { id: 'desc' }] },
  }),
  reviews: t.relatedConnection('reviews', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Reviews, due and completed, latest due first.',
    cursor: 'id',
    query: { orderBy: [{ dueDate: 'desc' }, { id: 'desc' }] },
  }),
  safeguardingConcerns: t.relatedConnection('safeguardingConcerns', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Safeguarding concerns, latest raised first.',
    cursor: 'id',
    query: { orderBy: [{ raisedDate: 'desc' }, { id: 'desc' }] },
  }),
  allocations: t.relatedConnection('allocations', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Workers who hold or held the case, latest first.',
    cursor: 'id',
    query: { orderBy: [{ fromDate: 'desc' }, { id: 'desc' }] },
  }),
}));
