/**
 * Someone acting for the person (domain.md §6.2 Representative): a nominated person (s31, chosen
 * by an adult with capacity), an authorised person (s32, for an adult lacking capacity), an
 * attorney, a deputy, an appointee or an advocate [S-15 Gloucestershire; P].
 */
import { z } from 'zod';
import { RepresentativeRole } from '../code-lists/representative-role.ts';
import { compareDates } from '../dates.ts';
import { codeSchema, isoDateSchema, textSchema } from './field-schemas.ts';

export const representativeInputSchema = z
  .object({
    role: codeSchema(RepresentativeRole),
    name: textSchema(200),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
    consentRecordedOn: isoDateSchema.optional(),
  })
  .superRefine((representative, context) => {
    if (
      representative.validTo !== undefined &&
      compareDates(representative.validTo, representative.validFrom) < 0
    ) {
      context.addIssue({
        code: 'custom',
        message: 'The end date cannot be before the start date',
        path: ['validTo'],
        params: { ruleCode: 'END_BEFORE_START' },
      });
    }
  });

export type RepresentativeInput = z.output<typeof representativeInputSchema>;
