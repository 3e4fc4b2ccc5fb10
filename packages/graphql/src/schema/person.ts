import { builder } from '../builder.ts';
import { tenantRowWhere } from '../tenancy.ts';
import {
  AccommodationStatusEnum,
  ClientTypeEnum,
  EthnicityEnum,
  GenderEnum,
  MentalCapacityForDpEnum,
  PrimarySupportReasonEnum,
} from './code-lists.ts';

export const PersonRef = builder.prismaNode('Person', {
  description: 'Someone the council supports: a service user or an unpaid carer.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    laPersonId: t.exposeString('laPersonId', {
      description: 'The council’s own person identifier (CLD LA_Person_Unique_Identifier).',
    }),
    nhsNumber: t.exposeString('nhsNumber', { nullable: true }),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    birthDate: t.field({ type: 'Date', resolve: (person) => person.birthDate }),
    deathDate: t.field({ type: 'Date', nullable: true, resolve: (person) => person.deathDate }),
    gender: t.field({ type: GenderEnum, resolve: (person) => person.gender as never }),
    ethnicity: t.field({ type: EthnicityEnum, resolve: (person) => person.ethnicity as never }),
    postcode: t.exposeString('postcode'),
    clientType: t.field({ type: ClientTypeEnum, resolve: (person) => person.clientType as never }),
    primarySupportReason: t.field({
      type: PrimarySupportReasonEnum,
      resolve: (person) => person.primarySupportReason as never,
    }),
    accommodationStatus: t.field({
      type: AccommodationStatusEnum,
      resolve: (person) => person.accommodationStatus as never,
    }),
    mentalCapacityForDp: t.field({
      type: MentalCapacityForDpEnum,
      resolve: (person) => person.mentalCapacityForDp as never,
    }),
    personalBudgets: t.relatedConnection('personalBudgets', {
      description: 'Personal budgets, newest first.',
      cursor: 'id',
      query: { orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }] },
    }),
  }),
});
