import { ClientFundingStatus } from '@openpb/domain/code-lists/client-funding-status';
import { EmploymentStatus } from '@openpb/domain/code-lists/employment-status';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { codeEnum } from '../code-lists.ts';
import './carer-link.ts';
import './mental-capacity-assessment.ts';
import './person-detail-change.ts';
import type { Prisma } from '@openpb/db/client';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { CarerLinkRef } from './carer-link.ts';
import { MentalCapacityAssessmentRef } from './mental-capacity-assessment.ts';
import { PersonDetailChangeRef } from './person-detail-change.ts';

// The CLD person details, capacity history, caring links and detail history of a person (D19).
/** A person’s assessments of capacity for direct payments, latest first. */
const CAPACITY_ASSESSMENTS: ChildRelation<Prisma.MentalCapacityAssessmentGetPayload<object>> = {
  model: 'MentalCapacityAssessment',
  parentField: 'personId',
  orderBy: [
    ['assessedOn', 'DESC'],
    ['id', 'DESC'],
  ],
};
const capacityAssessmentsPages = prismaConnectionHelpers(builder, 'MentalCapacityAssessment', {
  cursor: 'id',
});

/** The adults a person cares for, latest start first. */
const CARING_FOR: ChildRelation<Prisma.CarerLinkGetPayload<object>> = {
  model: 'CarerLink',
  parentField: 'carerPersonId',
  orderBy: [
    ['validFrom', 'DESC'],
    ['id', 'DESC'],
  ],
};
const caringForPages = prismaConnectionHelpers(builder, 'CarerLink', { cursor: 'id' });

/** The unpaid carers linked to a person, latest start first. */
const CARED_FOR_BY: ChildRelation<Prisma.CarerLinkGetPayload<object>> = {
  model: 'CarerLink',
  parentField: 'caredForPersonId',
  orderBy: [
    ['validFrom', 'DESC'],
    ['id', 'DESC'],
  ],
};
const caredForByPages = prismaConnectionHelpers(builder, 'CarerLink', { cursor: 'id' });

/** Changes of a person’s CLD details, latest effective first. */
const DETAIL_HISTORY: ChildRelation<Prisma.PersonDetailHistoryGetPayload<object>> = {
  model: 'PersonDetailHistory',
  parentField: 'personId',
  orderBy: [
    ['effectiveFrom', 'DESC'],
    ['id', 'DESC'],
  ],
};
const detailHistoryPages = prismaConnectionHelpers(builder, 'PersonDetailHistory', {
  cursor: 'id',
});

builder.prismaObjectFields('Person', (t) => ({
  employmentStatus: t.expose('employmentStatus', {
    type: codeEnum(EmploymentStatus),
    nullable: true,
    authScopes: STAFF_ONLY,
  }),
  clientFundingStatus: t.expose('clientFundingStatus', {
    type: codeEnum(ClientFundingStatus),
    authScopes: STAFF_ONLY,
  }),
  hasUnpaidCarer: t.exposeBoolean('hasUnpaidCarer', {
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'CLD Has_Unpaid_Carer; null is not known.',
  }),
  autism: t.exposeBoolean('autism', {
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'CLD Autism_Spectrum_Disorder_ASD.',
  }),
  dementia: t.exposeBoolean('dementia', {
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'CLD Dementia.',
  }),
  visualImpairment: t.exposeBoolean('visualImpairment', {
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'CLD Visual_Impairment.',
  }),
  hearingImpairment: t.exposeBoolean('hearingImpairment', {
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'CLD Hearing_Impairment.',
  }),
  gpPracticeCode: t.exposeString('gpPracticeCode', {
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'CLD GP_Practice_Code (ODS code).',
  }),
  gpPracticeName: t.exposeString('gpPracticeName', {
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'CLD GP_Practice_Name.',
  }),
  capacityAssessedOn: t.expose('capacityAssessedOn', {
    type: 'Date',
    nullable: true,
    authScopes: STAFF_ONLY,
    description: 'The date of the latest capacity assessment; null while capacity is presumed.',
  }),
  capacityAssessments: t.connection({
    type: MentalCapacityAssessmentRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Assessments of capacity for direct payments, latest first.',
    resolve: childPage(capacityAssessmentsPages, CAPACITY_ASSESSMENTS),
  }),
  caringFor: t.connection({
    type: CarerLinkRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'The adults this person cares for as an unpaid carer, latest start first.',
    resolve: childPage(caringForPages, CARING_FOR),
  }),
  caredForBy: t.connection({
    type: CarerLinkRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'The unpaid carers linked to this person, latest start first.',
    resolve: childPage(caredForByPages, CARED_FOR_BY),
  }),
  detailHistory: t.connection({
    type: PersonDetailChangeRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Changes of CLD person details, latest effective first.',
    resolve: childPage(detailHistoryPages, DETAIL_HISTORY),
  }),
}));
