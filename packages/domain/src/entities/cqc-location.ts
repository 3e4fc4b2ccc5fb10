/**
 * The CQC location of the provider delivering a service (CLD Provider_CQC_Location_ID and
 * Provider_CQC_Location_Name, optional Service fields, S-02a). A CQC location id is "1-" and
 * digits (e.g. `1-101641599`), as the CQC register publishes it.
 */
import { z } from 'zod';
import { textSchema } from './field-schemas.ts';

export const cqcLocationIdSchema = z
  .string()
  .trim()
  .refine((id) => /^1-\d{6,12}$/.test(id), {
    error: 'Must be a CQC location id: "1-" and digits, e.g. 1-101641599',
  });

export const cqcLocationNameSchema = textSchema(200);

/** A line's CQC location: the id, with the location's name when known. */
export const cqcLocationSchema = z.object({
  providerCqcLocationId: cqcLocationIdSchema,
  providerCqcLocationName: cqcLocationNameSchema.optional(),
});
