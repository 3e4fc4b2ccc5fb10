import { ApprovalLevel } from '@openpb/domain/code-lists/approval-level';
import { StaffQualification } from '@openpb/domain/code-lists/staff-qualification';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const StaffMemberRef = builder.prismaNode('StaffMember', {
  authScopes: STAFF_ONLY,
  description:
    'A member of the council’s adult social care staff, as far as case work needs: who they are at work, their qualification (I-6) and their sign-off level (I-5). No personal contact data.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    name: t.exposeString('name'),
    team: t.exposeString('team'),
    jobTitle: t.exposeString('jobTitle'),
    qualification: t.expose('qualification', {
      type: codeEnum(StaffQualification),
      description: 'Decides whether they may hold high-complexity or safeguarding work (I-6).',
    }),
    approvalLevel: t.expose('approvalLevel', {
      type: codeEnum(ApprovalLevel),
      description: 'The level of personal budget they may sign off (I-5).',
    }),
    active: t.exposeBoolean('active', {
      description: 'Whether they currently work for the council.',
    }),
  }),
});
