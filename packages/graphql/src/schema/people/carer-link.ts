import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';

export const CarerLinkRef = builder.prismaNode('CarerLink', {
  authScopes: STAFF_ONLY,
  description:
    'An unpaid carer and an adult they care for, from a date (CLD carer fields: Total_Hrs_Caring_per_week, No_of_adults_being_cared_for and Adult_1/2/3_Linked_Person_ID come from the carer’s open links).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    carer: t.relation('carer'),
    caredFor: t.relation('caredFor'),
    hoursCaringPerWeekHundredths: t.exposeInt('hoursCaringPerWeekHundredths', {
      nullable: true,
      description: 'Hours a week caring for this person × 100 (35.5 hours is 3550).',
    }),
    validFrom: t.field({ type: 'Date', resolve: (link) => link.validFrom }),
    validTo: t.field({ type: 'Date', nullable: true, resolve: (link) => link.validTo }),
  }),
});
