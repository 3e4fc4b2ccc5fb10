/**
 * A safeguarding concern (Care Act s42; domain.md §6.2 SafeguardingConcern), counted in the
 * Safeguarding Adults Collection [S-18]. While it is open, case work needs a qualifying worker
 * (I-6); when it affects a direct payment it triggers an unplanned review (I-11).
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from './field-schemas.ts';

/** Input for raising a concern. `raisedBy` describes the role of who raised it, not a name. */
export const safeguardingConcernInputSchema = z.object({
  personId: idSchema,
  raisedDate: isoDateSchema,
  raisedBy: textSchema(200),
  affectsDirectPayment: z.boolean(),
  leadStaffId: idSchema.optional(),
});

export type SafeguardingConcernInput = z.output<typeof safeguardingConcernInputSchema>;
