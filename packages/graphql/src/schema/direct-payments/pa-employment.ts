import { FamilyPaymentReason } from '@openpb/domain/code-lists/family-payment-reason';
import { FamilyRelationship } from '@openpb/domain/code-lists/family-relationship';
import { PaEmploymentType } from '@openpb/domain/code-lists/pa-employment-type';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const PaEmploymentRef = builder.prismaNode('PaEmployment', {
  authScopes: STAFF_ONLY,
  description:
    'A personal assistant (or agency, or ISF worker) paid through a direct payment, with the employer checks (domain.md §4.3). Paying a partner or a relative in the same household needs the council’s approval (I-8).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    agreement: t.relation('agreement'),
    workerRef: t.exposeString('workerRef', {
      description: 'A pseudonymised worker reference (never the worker’s name).',
    }),
    employmentType: t.expose('employmentType', {
      type: codeEnum(PaEmploymentType),
    }),
    isFamilyMember: t.exposeBoolean('isFamilyMember'),
    familyRelationship: t.expose('familyRelationship', {
      type: codeEnum(FamilyRelationship),
      nullable: true,
    }),
    livesInSameHousehold: t.exposeBoolean('livesInSameHousehold'),
    familyPaymentApprovedOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: (employment) => employment.familyPaymentApprovedOn,
    }),
    familyPaymentJustification: t.expose('familyPaymentJustification', {
      type: codeEnum(FamilyPaymentReason),
      nullable: true,
    }),
    rightToWorkCheckedOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: (employment) => employment.rightToWorkCheckedOn,
    }),
    dbsCheckedOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: (employment) => employment.dbsCheckedOn,
    }),
    contractIssuedOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: (employment) => employment.contractIssuedOn,
    }),
    employersLiabilityExpiry: t.field({
      type: 'Date',
      nullable: true,
      resolve: (employment) => employment.employersLiabilityExpiry,
    }),
    pensionEnrolled: t.exposeBoolean('pensionEnrolled'),
    hourlyRatePence: t.field({
      type: 'Pence',
      resolve: (employment) => employment.hourlyRatePence,
    }),
    contingencyPlanOnFile: t.exposeBoolean('contingencyPlanOnFile', {
      description: 'Whether the employer has a plan for when the PA is absent.',
    }),
  }),
});
