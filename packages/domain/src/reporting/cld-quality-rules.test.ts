import { describe, expect, it } from 'vitest';
import type { CldEvent } from './cld-event.ts';
import { CLD_QUALITY_RULES, cldQualityFailures } from './cld-quality-rules.ts';
import {
  ASSESSMENT_EVENT,
  REQUEST_EVENT,
  REVIEW_EVENT,
  SERVICE_EVENT,
  SUBMISSION,
} from './cld-test-events.ts';

const failures = (event: CldEvent) =>
  cldQualityFailures(event, SUBMISSION).map((failure) => `${failure.field}:${failure.rule}`);

describe('CLD data-quality rules (domain.md §3.1.1)', () => {
  it('passes complete events of every type', () => {
    for (const event of [REQUEST_EVENT, ASSESSMENT_EVENT, SERVICE_EVENT, REVIEW_EVENT]) {
      expect(failures(event)).toEqual([]);
    }
  });

  it.each([
    ['NHS_Number', { ...REVIEW_EVENT, nhsNumber: null }, 'MANDATORY'],
    ['Has_Unpaid_Carer', { ...REVIEW_EVENT, hasUnpaidCarer: null }, 'MANDATORY'],
    ['Gender', { ...REQUEST_EVENT, gender: null }, 'MANDATORY'],
    [
      'Primary_Support_Reason',
      { ...ASSESSMENT_EVENT, primarySupportReason: null },
      'MANDATORY_EXCEPT_REQUESTS',
    ],
    [
      'Employment_Status',
      { ...SERVICE_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '1990-01-01' },
      'MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
    ],
    [
      'Client_Funding_Status',
      { ...SERVICE_EVENT, clientFundingStatus: null },
      'MANDATORY_ON_SERVICES_AND_REVIEWS',
    ],
    ['Event_Start_Date', { ...ASSESSMENT_EVENT, startDate: null }, 'MANDATORY'],
    ['Event_End_Date', { ...REVIEW_EVENT, endDate: null }, 'MANDATORY_UNLESS_OPEN_SERVICE'],
    [
      'Event_End_Date',
      { ...SERVICE_EVENT, deathDate: '2025-03-01' },
      'MANDATORY_UNLESS_OPEN_SERVICE',
    ],
    ['Event_Outcome', { ...REQUEST_EVENT, outcome: null }, 'MANDATORY'],
    ['Request_Route_of_Access', { ...REQUEST_EVENT, routeOfAccess: null }, 'MANDATORY_ON_REQUESTS'],
    ['Assessment_Type', { ...ASSESSMENT_EVENT, assessmentType: null }, 'MANDATORY_ON_ASSESSMENTS'],
    [
      'Method_of_Assessment',
      { ...ASSESSMENT_EVENT, methodOfAssessment: null },
      'MANDATORY_UNLESS_FINANCIAL_ASSESSMENT',
    ],
    ['Service_Type', { ...SERVICE_EVENT, serviceType: null }, 'MANDATORY_ON_SERVICES'],
    ['Service_Component', { ...SERVICE_EVENT, serviceComponent: null }, 'MANDATORY_ON_SERVICES'],
    ['Review_Reason', { ...REVIEW_EVENT, reviewReason: null }, 'MANDATORY_ON_REVIEWS'],
    ['Method_of_Review', { ...REVIEW_EVENT, methodOfReview: null }, 'MANDATORY_ON_REVIEWS'],
    [
      'Review_Outcomes_Achieved',
      { ...REVIEW_EVENT, reviewOutcomesAchieved: null },
      'MANDATORY_WHEN_PLANNED_REVIEW',
    ],
    ['Unit_Cost', { ...SERVICE_EVENT, unitCostPence: null }, 'MANDATORY_FOR_COSTED_SERVICES'],
    [
      'Cost_Frequency_Unit_Type',
      { ...SERVICE_EVENT, costFrequency: null },
      'MANDATORY_FOR_COSTED_SERVICES',
    ],
    [
      'Planned_units_per_week',
      { ...SERVICE_EVENT, plannedUnitsPerWeekHundredths: null },
      'MANDATORY_FOR_COSTS_FINER_THAN_WEEKLY',
    ],
  ] as const)('%s: a row that breaks %s is reported', (field, event, rule) => {
    expect(failures(event)).toEqual([`${field}:${rule}`]);
  });

  it('does not apply rules outside their scope', () => {
    // PSR is optional on requests; employment status only for 18–64 with a learning disability
    expect(failures({ ...REQUEST_EVENT, primarySupportReason: null })).toEqual([]);
    expect(
      failures({
        ...SERVICE_EVENT,
        primarySupportReason: 'LEARNING_DISABILITY',
        birthDate: '1950-01-01',
      }),
    ).toEqual([]);
    expect(
      failures({
        ...REQUEST_EVENT,
        primarySupportReason: 'LEARNING_DISABILITY',
        birthDate: '1990-01-01',
      }),
    ).toEqual([]);
    // an open service needs no end date; an unplanned review no outcomes achieved
    expect(failures({ ...SERVICE_EVENT, endDate: null })).toEqual([]);
    expect(
      failures({
        ...REVIEW_EVENT,
        reviewReason: 'UNPLANNED_HOSPITAL',
        reviewOutcomesAchieved: null,
      }),
    ).toEqual([]);
    // commissioned services need no costs; financial assessments no method
    expect(
      failures({
        ...SERVICE_EVENT,
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
        unitCostPence: null,
        costFrequency: null,
        plannedUnitsPerWeekHundredths: null,
      }),
    ).toEqual([]);
    expect(
      failures({ ...ASSESSMENT_EVENT, assessmentType: 'FINANCIAL', methodOfAssessment: null }),
    ).toEqual([]);
    // a weekly cost needs no planned units
    expect(
      failures({ ...SERVICE_EVENT, costFrequency: 'WEEKLY', plannedUnitsPerWeekHundredths: null }),
    ).toEqual([]);
  });

  it('has one rule per field, so that a field names a position in the rule order', () => {
    const fields = CLD_QUALITY_RULES.map((rule) => rule.field);
    expect(new Set(fields).size).toBe(fields.length);
  });
});
