import { describe, expect, it } from 'vitest';
import { CLD_FIELDS, cldRow, cldRowValues } from './cld-row.ts';
import {
  ASSESSMENT_EVENT,
  CARER_ASSESSMENT_EVENT,
  REQUEST_EVENT,
  REVIEW_EVENT,
  SERVICE_EVENT,
  SUBMISSION,
} from './cld-test-events.ts';

describe('cldRow', () => {
  it('writes a service in R2 labels, money from pence and units from hundredths', () => {
    const row = cldRow(SERVICE_EVENT, SUBMISSION);
    expect(row).toMatchObject({
      LA_Code: '990',
      Client_Type: 'Service user',
      Accommodation_Status: expect.stringContaining('Private landlord'),
      Has_Unpaid_Carer: 'Yes',
      Event_Type: 'Service',
      Event_Reference: 'line-1',
      Event_End_Date: '',
      Event_Outcome: 'Continuation of support or services',
      Service_Type: 'Long term support: Community',
      Delivery_Mechanism: 'Direct payment',
      Unit_Cost: '21.50',
      Cost_Frequency_Unit_Type: 'Hourly',
      Planned_units_per_week: '10.50',
      Review_Reason: '',
      Reporting_Period_Start_Date: '2025-01-01',
      Reporting_Period_End_Date: '2025-03-31',
    });
  });

  it('uses R1 labels on request', () => {
    const r1 = { ...SUBMISSION, release: 'R1' as const };
    expect(cldRow(SERVICE_EVENT, r1)).toMatchObject({
      Client_Type: 'Service User',
      Service_Type: 'Long Term Support: Community',
      Delivery_Mechanism: 'Direct Payment',
    });
    expect(cldRow(REQUEST_EVENT, r1).Event_Outcome).toBe('Progress to Assessment');
    expect(cldRow(REQUEST_EVENT, SUBMISSION).Event_Outcome).toBe(
      'Progress to assessment, review or reassessment',
    );
  });

  it('derives the outcome of an ended service from the dates', () => {
    const ended = { ...SERVICE_EVENT, endDate: '2025-03-01' };
    expect(cldRow(ended, SUBMISSION).Event_Outcome).toBe('NFA: Support ended as planned');
    expect(cldRow({ ...ended, deathDate: '2025-02-28' }, SUBMISSION).Event_Outcome).toBe(
      'NFA: Deceased',
    );
    expect(cldRow({ ...SERVICE_EVENT, endDate: '2025-05-01' }, SUBMISSION).Event_Outcome).toBe(
      'Continuation of support or services',
    );
  });

  it('fills the fields of each event type and keeps unknown codes as they are', () => {
    expect(cldRow(REQUEST_EVENT, SUBMISSION).Request_Route_of_Access).toBe(
      'Discharge from Hospital',
    );
    expect(cldRow(ASSESSMENT_EVENT, SUBMISSION)).toMatchObject({
      Assessment_Type: 'Long term assessment',
      Eligible_Needs_Identified: 'Yes',
      Method_of_Assessment: 'Service user and carer',
    });
    expect(cldRow(REVIEW_EVENT, SUBMISSION)).toMatchObject({
      Review_Reason: 'Planned',
      Review_Outcomes_Achieved: 'Partially Met',
    });
    expect(cldRow({ ...REVIEW_EVENT, reviewReason: 'LEGACY_X' }, SUBMISSION).Review_Reason).toBe(
      'LEGACY_X',
    );
  });

  it('writes the person, carer, description and provider fields of the specification', () => {
    expect(cldRow(SERVICE_EVENT, SUBMISSION)).toMatchObject({
      GP_Practice_Code: 'Y01234',
      GP_Practice_Name: 'Eastmarsh Surgery',
      Autism_Spectrum_Disorder_ASD: 'No',
      Visual_Impairment: 'Visual impairment - severity unknown',
      Hearing_Impairment: 'No hearing impairment',
      Dementia: '',
      Event_Description: 'Home care, mornings',
      Provider_CQC_Location_ID: '1-101234567',
      Provider_CQC_Location_Name: 'Eastmarsh Home Care',
      Total_Hrs_Caring_per_week: '',
      No_of_adults_being_cared_for: '',
      Adult_1_Linked_Person_ID: '',
    });
    expect(cldRow(CARER_ASSESSMENT_EVENT, SUBMISSION)).toMatchObject({
      Client_Type: 'Unpaid carer',
      Total_Hrs_Caring_per_week: '35.50',
      No_of_adults_being_cared_for: '2',
      Adult_1_Linked_Person_ID: 'EM-1',
      Adult_2_Linked_Person_ID: 'EM-7',
      Adult_3_Linked_Person_ID: '',
    });
  });

  it('has the 48 fields DHSC reads, in the order of the specification', () => {
    expect(CLD_FIELDS).toHaveLength(48);
    expect(CLD_FIELDS.slice(0, 7)).toEqual([
      'LA_Code',
      'Reporting_Period_Start_Date',
      'Reporting_Period_End_Date',
      'NHS_Number',
      'LA_Person_Unique_Identifier',
      'GP_Practice_Name',
      'GP_Practice_Code',
    ]);
    const at = (field: (typeof CLD_FIELDS)[number]) => CLD_FIELDS.indexOf(field);
    expect(at('Dementia')).toBeLessThan(at('Client_Funding_Status'));
    expect(at('Event_Description')).toBe(at('Event_End_Date') + 1);
    expect(at('Adult_3_Linked_Person_ID')).toBe(at('Service_Type') - 1);
    expect(at('Provider_CQC_Location_ID')).toBe(at('Review_Reason') - 1);
    expect(CLD_FIELDS.at(-1)).toBe('Planned_units_per_week');
  });

  it('gives values in the order of the field names', () => {
    const values = cldRowValues(cldRow(SERVICE_EVENT, SUBMISSION));
    expect(values).toHaveLength(CLD_FIELDS.length);
    expect(values[CLD_FIELDS.indexOf('Unit_Cost')]).toBe('21.50');
  });
});
