import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * The person details whose past values CLD and the reports need (CLD Person module, S-02a;
 * domain.md §3.1.1): each change is kept with the date it took effect (docs/decisions.md D19).
 */
export const PersonDetailField = defineCodeList({
  name: 'PersonDetailField',
  description: 'A person detail kept with its history of effective-dated changes.',
  source: 'S-02a, [P]',
  entries: {
    POSTCODE: { r1: 'Postcode', r2: 'Postcode' },
    ACCOMMODATION_STATUS: { r1: 'Accommodation_Status', r2: 'Accommodation_Status' },
    EMPLOYMENT_STATUS: { r1: 'Employment_Status', r2: 'Employment_Status' },
    CLIENT_FUNDING_STATUS: { r1: 'Client_Funding_Status', r2: 'Client_Funding_Status' },
    ETHNICITY: { r1: 'Ethnicity', r2: 'Ethnicity' },
    GP_PRACTICE_CODE: { r1: 'GP_Practice_Code', r2: 'GP_Practice_Code' },
    GP_PRACTICE_NAME: { r1: 'GP_Practice_Name', r2: 'GP_Practice_Name' },
    HAS_UNPAID_CARER: { r1: 'Has_Unpaid_Carer', r2: 'Has_Unpaid_Carer' },
    AUTISM: { r1: 'Autism_Spectrum_Disorder_ASD', r2: 'Autism_Spectrum_Disorder_ASD' },
    DEMENTIA: { r1: 'Dementia', r2: 'Dementia' },
    VISUAL_IMPAIRMENT: { r1: 'Visual_Impairment', r2: 'Visual_Impairment' },
    HEARING_IMPAIRMENT: { r1: 'Hearing_Impairment', r2: 'Hearing_Impairment' },
    /** A service user who becomes an unpaid carer, or stops being one (ASCOF 3D's cohorts, CLD). */
    CLIENT_TYPE: { r1: 'Client_Type', r2: 'Client_Type' },
    PRIMARY_SUPPORT_REASON: { r1: 'Primary_Support_Reason', r2: 'Primary_Support_Reason' },
  },
});

export type PersonDetailField = CodeOf<typeof PersonDetailField>;
