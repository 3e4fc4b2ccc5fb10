/**
 * A delegation: a person's (or their authorised person's, or the council's) permission for a
 * third-party organisation to act for them with given scopes [P] (domain.md §6.2 Delegation,
 * §6.8). Checked by I-17 in `rules/delegation.ts`.
 */
import { z } from 'zod';
import { DelegationGrantorType } from '../code-lists/delegation-grantor-type.ts';
import { DelegationScope } from '../code-lists/delegation-scope.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import { codeSchema, idSchema, isoDateSchema } from './field-schemas.ts';

export interface Delegation {
  readonly id: string;
  readonly councilId: string;
  readonly personId: string;
  readonly granteeOrganisationId: string;
  readonly granteeRepresentativeId: string | null;
  readonly scopes: readonly DelegationScope[];
  readonly grantedBy: DelegationGrantorType;
  /** The person, authorised person or staff member who granted it. */
  readonly grantedById: string;
  readonly capacityBasis: string | null;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly revokedAt: Date | null;
}

export const delegationInputSchema = z
  .object({
    personId: idSchema,
    granteeOrganisationId: idSchema,
    granteeRepresentativeId: idSchema.optional(),
    scopes: z
      .array(codeSchema(DelegationScope))
      .min(1, { error: 'Grant at least one scope' })
      .refine((scopes) => new Set(scopes).size === scopes.length, { error: 'Each scope once' }),
    grantedBy: codeSchema(DelegationGrantorType),
    grantedById: idSchema,
    capacityBasis: z.string().trim().max(500).optional(),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  })
  .superRefine((delegation, context) => {
    if (
      delegation.validTo !== undefined &&
      compareDates(delegation.validTo, delegation.validFrom) < 0
    ) {
      context.addIssue({
        code: 'custom',
        message: 'The end date cannot be before the start date',
        path: ['validTo'],
        params: { ruleCode: 'END_BEFORE_START' },
      });
    }
  });

export type DelegationInput = z.output<typeof delegationInputSchema>;
