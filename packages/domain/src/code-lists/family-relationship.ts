import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Relationships named in reg 3 of the Care and Support (Direct Payments) Regulations 2014 [S-09e].
 * A spouse, civil partner or cohabitee may not be paid wherever they live; the others only when
 * living in the same household, unless the council considers it necessary (I-8).
 */
export const FamilyRelationship = defineCodeList({
  name: 'FamilyRelationship',
  description:
    "A family member's relationship to the adult, as reg 3 of the DP Regulations names them.",
  source: 'S-09e',
  entries: {
    SPOUSE_OR_CIVIL_PARTNER: { r1: 'Spouse or civil partner', r2: 'Spouse or civil partner' },
    COHABITEE: {
      r1: 'Lives with the adult as if a spouse or civil partner',
      r2: 'Lives with the adult as if a spouse or civil partner',
    },
    PARENT_OR_PARENT_IN_LAW: { r1: 'Parent or parent-in-law', r2: 'Parent or parent-in-law' },
    SON_OR_DAUGHTER: { r1: 'Son or daughter', r2: 'Son or daughter' },
    SON_OR_DAUGHTER_IN_LAW: {
      r1: 'Son-in-law or daughter-in-law',
      r2: 'Son-in-law or daughter-in-law',
    },
    STEPSON_OR_STEPDAUGHTER: { r1: 'Stepson or stepdaughter', r2: 'Stepson or stepdaughter' },
    BROTHER_OR_SISTER: { r1: 'Brother or sister', r2: 'Brother or sister' },
    AUNT_OR_UNCLE: { r1: 'Aunt or uncle', r2: 'Aunt or uncle' },
    GRANDPARENT: { r1: 'Grandparent', r2: 'Grandparent' },
    SPOUSE_OR_PARTNER_OF_RELATIVE: {
      r1: 'Spouse, civil partner or partner of one of the relatives above',
      r2: 'Spouse, civil partner or partner of one of the relatives above',
    },
    OTHER_RELATIVE: {
      r1: 'Other relative not named in reg 3 (e.g. cousin, niece or nephew)',
      r2: 'Other relative not named in reg 3 (e.g. cousin, niece or nephew)',
    },
  },
});

export type FamilyRelationship = CodeOf<typeof FamilyRelationship>;

/** Relationships barred wherever the relative lives (reg 3) [S-09e]. */
export function isPartnerRelationship(relationship: FamilyRelationship): boolean {
  return relationship === 'SPOUSE_OR_CIVIL_PARTNER' || relationship === 'COHABITEE';
}

/**
 * The relatives reg 3(3)(c)–(e) names: barred when they live in the adult's household, unless the
 * council considers it necessary. OTHER_RELATIVE (e.g. a cousin) is not among them [S-09e].
 */
export function isNamedHouseholdRelative(relationship: FamilyRelationship): boolean {
  return relationship !== 'OTHER_RELATIVE' && !isPartnerRelationship(relationship);
}
