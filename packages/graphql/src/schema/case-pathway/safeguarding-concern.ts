import { EnquiryType } from '@openpb/domain/code-lists/enquiry-type';
import { MspOutcomesAchieved } from '@openpb/domain/code-lists/msp-outcomes-achieved';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const SafeguardingConcernRef = builder.prismaNode('SafeguardingConcern', {
  authScopes: STAFF_ONLY,
  description:
    'A concern that an adult is experiencing or at risk of abuse or neglect (Care Act s42), counted in the Safeguarding Adults Collection. Open until it has a closed date.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person'),
    raisedDate: t.field({ type: 'Date', resolve: (concern) => concern.raisedDate }),
    raisedBy: t.exposeString('raisedBy', {
      description: 'Who raised it, by role or organisation (e.g. "District nurse").',
    }),
    s42CriteriaMet: t.exposeBoolean('s42CriteriaMet', { nullable: true }),
    enquiryType: t.expose('enquiryType', {
      type: codeEnum(EnquiryType),
      nullable: true,
    }),
    enquiryStartDate: t.field({
      type: 'Date',
      nullable: true,
      resolve: (concern) => concern.enquiryStartDate,
    }),
    enquiryEndDate: t.field({
      type: 'Date',
      nullable: true,
      resolve: (concern) => concern.enquiryEndDate,
    }),
    mspOutcomesAchieved: t.expose('mspOutcomesAchieved', {
      type: codeEnum(MspOutcomesAchieved),
      nullable: true,
      description: 'Making Safeguarding Personal: whether the person’s desired outcomes were met.',
    }),
    leadStaff: t.relation('leadStaff', {
      nullable: true,
      description: 'The lead worker; a registered social worker under the council’s policy (I-6).',
    }),
    affectsDirectPayment: t.exposeBoolean('affectsDirectPayment', {
      description: 'Raising it triggered an unplanned direct payment review (I-11).',
    }),
    closedDate: t.field({ type: 'Date', nullable: true, resolve: (concern) => concern.closedDate }),
  }),
});
