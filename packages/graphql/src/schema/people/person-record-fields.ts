import { ClientFundingStatus } from '@openpb/domain/code-lists/client-funding-status';
import { EmploymentStatus } from '@openpb/domain/code-lists/employment-status';
import { builder } from '../../builder.ts';
import { STAFF_ONLY } from '../../delegations/type-access.ts';
import { codeEnum } from '../code-lists.ts';
import './carer-link.ts';
import './mental-capacity-assessment.ts';
import './person-detail-change.ts';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';

// The CLD person details, capacity history, caring links and detail history of a person (D19).
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
  capacityAssessments: t.relatedConnection('capacityAssessments', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Assessments of capacity for direct payments, latest first.',
    cursor: 'id',
    query: { orderBy: [{ assessedOn: 'desc' }, { id: 'desc' }] },
  }),
  caringFor: t.relatedConnection('caringFor', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'The adults this person cares for as an unpaid carer, latest start first.',
    cursor: 'id',
    query: { orderBy: [{ validFrom: 'desc' }, { id: 'desc' }] },
  }),
  caredForBy: t.relatedConnection('caredForBy', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'The unpaid carers linked to this person, latest start first.',
    cursor: 'id',
    query: { orderBy: [{ validFrom: 'desc' }, { id: 'desc' }] },
  }),
  detailHistory: t.relatedConnection('detailHistory', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Changes of CLD person details, latest effective first.',
    cursor: 'id',
    query: { orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }] },
  }),
}));
