import { z } from 'zod';
import { builder } from '../../builder.ts';

/** One finding of a direct payment audit, as stored in the audit's `findings` JSON. */
export interface AuditFinding {
  readonly code: string;
  readonly detail: string;
  readonly amountPence: number | null;
}

const storedFindingsSchema = z.array(
  z.object({
    code: z.string(),
    detail: z.string(),
    amountPence: z.number().int().nullable().default(null),
  }),
);

/** The findings of a stored audit (the column is JSON written only by `completeAudit`). */
export function findingsOf(json: unknown): readonly AuditFinding[] {
  return storedFindingsSchema.parse(json);
}

export const AuditFindingRef = builder.objectRef<AuditFinding>('AuditFinding').implement({
  description:
    'Something the auditor found: evidence missing, spend outside the plan, a balance building up.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The council’s finding code, e.g. MISSING_TIMESHEETS or OUT_OF_PLAN.',
    }),
    detail: t.exposeString('detail'),
    amountPence: t.field({
      type: 'Pence',
      nullable: true,
      description: 'The money the finding concerns, if any.',
      resolve: (finding) => finding.amountPence,
    }),
  }),
});

export const AuditFindingInput = builder.inputType('AuditFindingInput', {
  description: 'One finding of an audit.',
  fields: (t) => ({
    code: t.string({ description: 'The council’s finding code (capitals and underscores).' }),
    detail: t.string({ description: 'What was found; no personal details beyond the case.' }),
    amountPence: t.field({ type: 'Pence', required: false }),
  }),
});
