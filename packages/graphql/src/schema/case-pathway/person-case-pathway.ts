import type { Prisma } from '@openpb/db/client';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { AllocationRef } from './allocation.ts';
import { AssessmentRef } from './assessment.ts';
import { RequestRef } from './request.ts';
import { ReviewRef } from './review.ts';
import { SafeguardingConcernRef } from './safeguarding-concern.ts';

/** A person's requests for support, latest received first. */
const REQUESTS: ChildRelation<Prisma.RequestGetPayload<object>> = {
  model: 'Request',
  parentField: 'personId',
  orderBy: [
    ['receivedDate', 'DESC'],
    ['id', 'DESC'],
  ],
};

/** A person's assessments, latest start first. */
const ASSESSMENTS: ChildRelation<Prisma.AssessmentGetPayload<object>> = {
  model: 'Assessment',
  parentField: 'personId',
  orderBy: [
    ['startDate', 'DESC'],
    ['id', 'DESC'],
  ],
};

/** A person's reviews, latest due first. */
const REVIEWS: ChildRelation<Prisma.ReviewGetPayload<object>> = {
  model: 'Review',
  parentField: 'personId',
  orderBy: [
    ['dueDate', 'DESC'],
    ['id', 'DESC'],
  ],
};

/** A person's safeguarding concerns, latest raised first. */
const SAFEGUARDING_CONCERNS: ChildRelation<Prisma.SafeguardingConcernGetPayload<object>> = {
  model: 'SafeguardingConcern',
  parentField: 'personId',
  orderBy: [
    ['raisedDate', 'DESC'],
    ['id', 'DESC'],
  ],
};

/** The workers who hold or held a person's case, latest first. */
const ALLOCATIONS: ChildRelation<Prisma.AllocationGetPayload<object>> = {
  model: 'Allocation',
  parentField: 'personId',
  orderBy: [
    ['fromDate', 'DESC'],
    ['id', 'DESC'],
  ],
};

// cursors and pages as relatedConnection made them (cursor: the id)
const requestPages = prismaConnectionHelpers(builder, 'Request', { cursor: 'id' });
const assessmentPages = prismaConnectionHelpers(builder, 'Assessment', { cursor: 'id' });
const reviewPages = prismaConnectionHelpers(builder, 'Review', { cursor: 'id' });
const concernPages = prismaConnectionHelpers(builder, 'SafeguardingConcern', { cursor: 'id' });
const allocationPages = prismaConnectionHelpers(builder, 'Allocation', { cursor: 'id' });

builder.prismaObjectFields('Person', (t) => ({
  requests: t.connection({
    type: RequestRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Requests for support, latest received first.',
    resolve: childPage(requestPages, REQUESTS),
  }),
  assessments: t.connection({
    type: AssessmentRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Assessments, latest start first.',
    resolve: childPage(assessmentPages, ASSESSMENTS),
  }),
  reviews: t.connection({
    type: ReviewRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Reviews, due and completed, latest due first.',
    resolve: childPage(reviewPages, REVIEWS),
  }),
  safeguardingConcerns: t.connection({
    type: SafeguardingConcernRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Safeguarding concerns, latest raised first.',
    resolve: childPage(concernPages, SAFEGUARDING_CONCERNS),
  }),
  allocations: t.connection({
    type: AllocationRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Workers who hold or held the case, latest first.',
    resolve: childPage(allocationPages, ALLOCATIONS),
  }),
}));
