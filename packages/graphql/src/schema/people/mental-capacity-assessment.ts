import { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import '../case-pathway/staff-member.ts';
import { codeEnum } from '../code-lists.ts';

export const MentalCapacityAssessmentRef = builder.prismaObject('MentalCapacityAssessment', {
  authScopes: STAFF_ONLY,
  description:
    'An assessment of the adult’s capacity to request and manage a direct payment (Care Act 2014 s31/s32; Mental Capacity Act 2005 ss2–3). Capacity is presumed until an assessment establishes otherwise (MCA 2005 s1(2)).',
  fields: (t) => ({
    assessedOn: t.field({ type: 'Date', resolve: (assessment) => assessment.assessedOn }),
    outcome: t.expose('outcome', {
      type: codeEnum(MentalCapacityForDp),
      description: 'CAPACITY_PRESENT or LACKS_CAPACITY.',
    }),
    assessor: t.relation('assessor', {
      nullable: true,
      description: 'The council’s assessor, when a member of its staff assessed.',
    }),
    assessorName: t.exposeString('assessorName', {
      nullable: true,
      description: 'An assessor from outside the council.',
    }),
    recordedAt: t.field({ type: 'DateTime', resolve: (assessment) => assessment.recordedAt }),
  }),
});
