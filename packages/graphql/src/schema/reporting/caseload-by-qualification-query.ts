import {
  caseloadByQualification,
  type QualificationCaseload,
} from '@openpb/db/reporting/caseload-by-qualification';
import { StaffQualification } from '@openpb/domain/code-lists/staff-qualification';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';
import { reportDate } from './report-date.ts';

const QualificationCaseloadRef = builder
  .objectRef<QualificationCaseload>('QualificationCaseload')
  .implement({
    description: 'The open cases held by the workers of one qualification.',
    fields: (t) => ({
      qualification: t.field({
        type: codeEnum(StaffQualification),
        resolve: (row) => row.qualification,
      }),
      workers: t.int({
        description: 'Active staff with the qualification, and inactive ones still holding cases.',
        resolve: (row) => row.workers,
      }),
      openCases: t.int({
        description: 'Allocations open on the date that they hold.',
        resolve: (row) => row.openCases,
      }),
      fte: t.float({
        description: 'Their full-time equivalents summed (two decimal places).',
        resolve: (row) => row.fteHundredths / 100,
      }),
      casesPerFte: t.float({
        nullable: true,
        description: 'Open cases ÷ FTE to two decimal places; null when the FTE is 0.',
        resolve: (row) => row.casesPerFte,
      }),
    }),
  });

builder.queryField('caseloadByQualification', (t) =>
  t.field({
    type: [QualificationCaseloadRef],
    description:
      'Caseload by qualification (domain.md §6.6): open allocations per full-time equivalent for each staff qualification in your council, in qualification order. Team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: {
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'The date allocations must be open on; today in England when left out.',
      }),
    },
    resolve: (_root, args, context) =>
      caseloadByQualification(context.db, {
        councilId: context.viewer.councilId,
        on: reportDate(context, args.asOf),
      }),
  }),
);
