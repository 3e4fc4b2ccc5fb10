import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Release 2 Ethnicity (domain.md §3.1.2): 19 groups and 2 "No data" values, verbatim from the DHSC
 * mapping table [S-02c]. R1 used an older (2011-census) list that is not modelled here, so `r1` is
 * null and R1 exports fall back to the R2 label; map R1 values on import.
 */
export const Ethnicity = defineCodeList({
  name: 'Ethnicity',
  description: "The person's ethnicity (CLD R2, 2021-census style).",
  source: 'S-02c',
  entries: {
    ASIAN_BANGLADESHI: { r1: null, r2: 'Asian or Asian British: Bangladeshi' },
    ASIAN_CHINESE: { r1: null, r2: 'Asian or Asian British: Chinese' },
    ASIAN_INDIAN: { r1: null, r2: 'Asian or Asian British: Indian' },
    ASIAN_PAKISTANI: { r1: null, r2: 'Asian or Asian British: Pakistani' },
    ASIAN_OTHER: { r1: null, r2: 'Asian or Asian British: Any other Asian background' },
    BLACK_AFRICAN: { r1: null, r2: 'Black, Black British, Caribbean or African: African' },
    BLACK_CARIBBEAN: { r1: null, r2: 'Black, Black British, Caribbean or African: Caribbean' },
    BLACK_OTHER: {
      r1: null,
      r2: 'Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background',
    },
    MIXED_WHITE_AND_ASIAN: { r1: null, r2: 'Mixed or multiple ethnic groups: White and Asian' },
    MIXED_WHITE_AND_BLACK_AFRICAN: {
      r1: null,
      r2: 'Mixed or multiple ethnic groups: White and Black African',
    },
    MIXED_WHITE_AND_BLACK_CARIBBEAN: {
      r1: null,
      r2: 'Mixed or multiple ethnic groups: White and Black Caribbean',
    },
    MIXED_OTHER: {
      r1: null,
      r2: 'Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background',
    },
    OTHER_ARAB: { r1: null, r2: 'Other ethnic group: Arab' },
    OTHER_ANY: { r1: null, r2: 'Other ethnic group: Any other ethnic group' },
    WHITE_BRITISH: { r1: null, r2: 'White: English, Welsh, Scottish, Northern Irish or British' },
    WHITE_IRISH: { r1: null, r2: 'White: Irish' },
    WHITE_GYPSY_OR_IRISH_TRAVELLER: { r1: null, r2: 'White: Gypsy or Irish Traveller' },
    WHITE_ROMA: { r1: null, r2: 'White: Roma' },
    WHITE_OTHER: { r1: null, r2: 'White: Any other White background' },
    NO_DATA_REFUSED: { r1: null, r2: 'No data: Refused' },
    NO_DATA_UNDECLARED_OR_NOT_KNOWN: { r1: null, r2: 'No data: Undeclared or not known' },
  },
});

export type Ethnicity = CodeOf<typeof Ethnicity>;

/** The DHSC higher-level ethnic group [S-02c]. */
export type EthnicGroup =
  | 'ASIAN_OR_ASIAN_BRITISH'
  | 'BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN'
  | 'MIXED_OR_MULTIPLE'
  | 'OTHER'
  | 'WHITE'
  | 'NO_DATA';

/** The ethnic group of an ethnicity, as grouped by DHSC [S-02c]. */
export function ethnicGroupOf(ethnicity: Ethnicity): EthnicGroup {
  if (ethnicity.startsWith('ASIAN_')) return 'ASIAN_OR_ASIAN_BRITISH';
  if (ethnicity.startsWith('BLACK_')) return 'BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN';
  if (ethnicity.startsWith('MIXED_')) return 'MIXED_OR_MULTIPLE';
  if (ethnicity.startsWith('OTHER_')) return 'OTHER';
  if (ethnicity.startsWith('WHITE_')) return 'WHITE';
  return 'NO_DATA';
}
