import type { Prisma } from '@openpb/db/client';
import {
  type AllocationPosition,
  complexCasesWithoutQualifiedWorkerCount,
  complexCasesWithoutQualifiedWorkerPage,
  type UnqualifiedCaseRow,
} from '@openpb/db/reporting/complex-cases-without-qualified-worker';
import { isIsoDate } from '@openpb/domain/dates';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { AllocationRef } from '../case-pathway/allocation.ts';
import { StaffMemberRef } from '../case-pathway/staff-member.ts';
import { PersonRef } from '../person.ts';
import { pageRecords, recordOf } from './page-records.ts';
import { reportDate } from './report-date.ts';
import { type ReportList, reportConnection, reportPage } from './report-list.ts';

interface UnqualifiedCase extends UnqualifiedCaseRow {
  readonly allocation: Prisma.AllocationGetPayload<object>;
  readonly person: Prisma.PersonGetPayload<object>;
  readonly staffMember: Prisma.StaffMemberGetPayload<object>;
}

const UnqualifiedCaseRef = builder.objectRef<UnqualifiedCase>('UnqualifiedCase').implement({
  description:
    'An open allocation that the council’s policy says needs a qualified social worker (I-6) but is held by a worker without a qualifying qualification.',
  fields: (t) => ({
    allocation: t.field({ type: AllocationRef, resolve: (row) => row.allocation }),
    person: t.field({ type: PersonRef, resolve: (row) => row.person }),
    staffMember: t.field({
      type: StaffMemberRef,
      description: 'The worker holding the case.',
      resolve: (row) => row.staffMember,
    }),
    highComplexity: t.boolean({
      description: 'The allocation is HIGH complexity.',
      resolve: (row) => row.highComplexity,
    }),
    openSafeguardingConcern: t.boolean({
      description: 'The person has a safeguarding concern open on the date.',
      resolve: (row) => row.openSafeguardingConcern,
    }),
  }),
});

const UNQUALIFIED_CASES: ReportList<AllocationPosition, UnqualifiedCase> = {
  list: 'complexCasesWithoutQualifiedWorker',
  position: z.object({ fromDate: z.string().refine(isIsoDate), allocationId: z.uuid() }),
  positionOf: (row) => ({ fromDate: row.fromDate, allocationId: row.allocationId }),
};

builder.queryField('complexCasesWithoutQualifiedWorker', (t) =>
  t.connection({
    type: UnqualifiedCaseRef,
    description:
      'Open allocations in your council whose case is HIGH complexity or whose person has an open safeguarding concern, held by a worker whose qualification is not one the council’s policy accepts for such work (I-6; by default a registered social worker). Longest held first. Forward paging only. Team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: {
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'The date allocations and concerns must be open on; today when left out.',
      }),
    },
    resolve: async (_root, args, context) => {
      const page = reportPage(UNQUALIFIED_CASES, args);
      const councilId = context.viewer.councilId;
      const on = reportDate(context, args.asOf);
      const policy = await councilPolicyOn(context.db, councilId, on);
      const where = {
        councilId,
        on,
        qualifying: policy.qualificationRules.qualifyingQualifications,
      };
      const result = await complexCasesWithoutQualifiedWorkerPage(context.db, where, page);
      const [allocations, people, staff] = await Promise.all([
        pageRecords(
          result.rows.map((row) => row.allocationId),
          (where) => context.db.allocation.findMany({ where }),
          councilId,
        ),
        pageRecords(
          result.rows.map((row) => row.personId),
          (where) => context.db.person.findMany({ where }),
          councilId,
        ),
        pageRecords(
          result.rows.map((row) => row.staffId),
          (where) => context.db.staffMember.findMany({ where }),
          councilId,
        ),
      ]);
      const rows = result.rows.map((row) => ({
        ...row,
        allocation: recordOf(allocations, row.allocationId),
        person: recordOf(people, row.personId),
        staffMember: recordOf(staff, row.staffId),
      }));
      return reportConnection(UNQUALIFIED_CASES, page, { ...result, rows }, () =>
        complexCasesWithoutQualifiedWorkerCount(context.db, where),
      );
    },
  }),
);
