/**
 * The CLD mandatory and applicability rules (domain.md §3.1.1, from the DHSC data-quality code
 * [S-02a]) as data: each rule names a field and when that field must have a value. A rule fails on
 * an event when it applies and the field of the event's CLD row is empty. Rules are checked on
 * the row, so they see exactly what the export writes.
 */
import { isCode } from '../code-lists/code-list.ts';
import { CostFrequency, needsPlannedUnits } from '../code-lists/cost-frequency.ts';
import { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import { ServiceComponent } from '../code-lists/service-component.ts';
import { ServiceType } from '../code-lists/service-type.ts';
import { ageOn } from '../dates.ts';
import { cldCostsRequired } from '../rules/cld-cost-completeness.ts';
import type { CldEvent, CldSubmission } from './cld-event.ts';
import { type CldField, type CldRow, cldRow } from './cld-row.ts';

export const CLD_QUALITY_RULE_CODES = [
  'MANDATORY',
  'MANDATORY_EXCEPT_REQUESTS',
  'MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
  'MANDATORY_ON_SERVICES_AND_REVIEWS',
  'MANDATORY_UNLESS_OPEN_SERVICE',
  'MANDATORY_ON_REQUESTS',
  'MANDATORY_ON_ASSESSMENTS',
  'MANDATORY_UNLESS_FINANCIAL_ASSESSMENT',
  'MANDATORY_ON_SERVICES',
  'MANDATORY_ON_REVIEWS',
  'MANDATORY_WHEN_PLANNED_REVIEW',
  'MANDATORY_FOR_COSTED_SERVICES',
  'MANDATORY_FOR_COSTS_FINER_THAN_WEEKLY',
] as const;

export type CldQualityRuleCode = (typeof CLD_QUALITY_RULE_CODES)[number];

export interface CldQualityRule<F extends CldField = CldField> {
  readonly code: CldQualityRuleCode;
  readonly field: F;
  /** Whether the field must have a value on this event. */
  readonly applies: (event: CldEvent, submission: CldSubmission) => boolean;
}

export interface CldQualityFailure {
  readonly eventType: CldEvent['eventType'];
  readonly eventReference: string;
  readonly field: CldQualityRuleField;
  readonly rule: CldQualityRuleCode;
}

/** The working ages (inclusive, at the end of the period) Employment_Status is mandatory for. */
export const WORKING_AGE = { from: 18, to: 64 } as const;

export const CLD_QUALITY_RULE_DESCRIPTIONS: { readonly [R in CldQualityRuleCode]: string } = {
  MANDATORY: 'Mandatory on every event.',
  MANDATORY_EXCEPT_REQUESTS: 'Mandatory on every event except requests.',
  MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY:
    'Mandatory (except on requests) for service users aged 18 to 64 at the end of the period whose primary support reason is learning disability support.',
  MANDATORY_ON_SERVICES_AND_REVIEWS: 'Mandatory for service users on services and reviews.',
  MANDATORY_UNLESS_OPEN_SERVICE:
    'Mandatory except on a service still open; always mandatory when the person has died.',
  MANDATORY_ON_REQUESTS: 'Mandatory on requests.',
  MANDATORY_ON_ASSESSMENTS: 'Mandatory on assessments.',
  MANDATORY_UNLESS_FINANCIAL_ASSESSMENT: 'Mandatory on assessments other than financial ones.',
  MANDATORY_ON_SERVICES: 'Mandatory on services.',
  MANDATORY_ON_REVIEWS: 'Mandatory on reviews.',
  MANDATORY_WHEN_PLANNED_REVIEW: 'Mandatory when the review reason is Planned.',
  MANDATORY_FOR_COSTED_SERVICES:
    'Mandatory on services whose delivery mechanism is not CASSR commissioned support and which are long-term, short-term residential or nursing, carer respite or carer support (I-14).',
  MANDATORY_FOR_COSTS_FINER_THAN_WEEKLY:
    'Mandatory on costed services whose cost is per hour, per day or per session.',
};

const always = () => true;
const onEvent =
  (type: CldEvent['eventType']) =>
  (event: CldEvent): boolean =>
    event.eventType === type;
const isServiceUser = (event: CldEvent) => event.clientType === 'SERVICE_USER';

function costsRequired(event: CldEvent): boolean {
  if (event.eventType !== 'SERVICE') return false;
  if (event.serviceType === null || !isCode(ServiceType, event.serviceType)) return false;
  const component = event.serviceComponent;
  const mechanism = event.deliveryMechanism;
  return cldCostsRequired({
    serviceType: event.serviceType,
    serviceComponent:
      // a component outside the list is not one of the costed components, like any ordinary one
      component !== null && isCode(ServiceComponent, component)
        ? component
        : 'OTHER_LONG_TERM_SUPPORT',
    deliveryMechanism:
      mechanism !== null && isCode(DeliveryMechanism, mechanism) ? mechanism : null,
  });
}

const mandatory = <F extends CldField>(field: F): CldQualityRule<F> => ({
  code: 'MANDATORY',
  field,
  applies: always,
});

/**
 * The rules in their order (which is also the order of an event's failures), one per field. The
 * data-quality report applies them in SQL (@openpb/db/reporting/cld-quality-rules-sql), which
 * must agree with these definitions.
 */
export const CLD_QUALITY_RULES = [
  mandatory('LA_Code'),
  mandatory('LA_Person_Unique_Identifier'),
  mandatory('NHS_Number'),
  mandatory('Gender'),
  mandatory('Ethnicity'),
  mandatory('Date_of_Birth'),
  mandatory('Client_Type'),
  mandatory('Postcode'),
  mandatory('Accommodation_Status'),
  mandatory('Has_Unpaid_Carer'),
  {
    code: 'MANDATORY_EXCEPT_REQUESTS',
    field: 'Primary_Support_Reason',
    applies: (event) => event.eventType !== 'REQUEST',
  },
  {
    code: 'MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
    field: 'Employment_Status',
    applies: (event, submission) => {
      // it hangs on the primary support reason, which requests need not carry
      if (event.eventType === 'REQUEST' || !isServiceUser(event)) return false;
      if (event.primarySupportReason !== 'LEARNING_DISABILITY') return false;
      if (event.birthDate === null) return false;
      const age = ageOn(event.birthDate, submission.periodEnd);
      return age >= WORKING_AGE.from && age <= WORKING_AGE.to;
    },
  },
  {
    code: 'MANDATORY_ON_SERVICES_AND_REVIEWS',
    field: 'Client_Funding_Status',
    applies: (event) =>
      isServiceUser(event) && (event.eventType === 'SERVICE' || event.eventType === 'REVIEW'),
  },
  {
    code: 'MANDATORY',
    field: 'Event_Start_Date',
    applies: (event) => event.clientType !== 'CARER_KNOWN_BY_ASSOCIATION',
  },
  {
    code: 'MANDATORY_UNLESS_OPEN_SERVICE',
    field: 'Event_End_Date',
    applies: (event) => event.eventType !== 'SERVICE' || event.deathDate !== null,
  },
  mandatory('Event_Outcome'),
  { code: 'MANDATORY_ON_REQUESTS', field: 'Request_Route_of_Access', applies: onEvent('REQUEST') },
  { code: 'MANDATORY_ON_ASSESSMENTS', field: 'Assessment_Type', applies: onEvent('ASSESSMENT') },
  {
    code: 'MANDATORY_UNLESS_FINANCIAL_ASSESSMENT',
    field: 'Method_of_Assessment',
    applies: (event) => event.eventType === 'ASSESSMENT' && event.assessmentType !== 'FINANCIAL',
  },
  { code: 'MANDATORY_ON_SERVICES', field: 'Service_Type', applies: onEvent('SERVICE') },
  { code: 'MANDATORY_ON_SERVICES', field: 'Service_Component', applies: onEvent('SERVICE') },
  { code: 'MANDATORY_ON_REVIEWS', field: 'Review_Reason', applies: onEvent('REVIEW') },
  { code: 'MANDATORY_ON_REVIEWS', field: 'Method_of_Review', applies: onEvent('REVIEW') },
  {
    code: 'MANDATORY_WHEN_PLANNED_REVIEW',
    field: 'Review_Outcomes_Achieved',
    applies: (event) => event.eventType === 'REVIEW' && event.reviewReason === 'PLANNED',
  },
  { code: 'MANDATORY_FOR_COSTED_SERVICES', field: 'Unit_Cost', applies: costsRequired },
  {
    code: 'MANDATORY_FOR_COSTED_SERVICES',
    field: 'Cost_Frequency_Unit_Type',
    applies: costsRequired,
  },
  {
    code: 'MANDATORY_FOR_COSTS_FINER_THAN_WEEKLY',
    field: 'Planned_units_per_week',
    applies: (event) =>
      costsRequired(event) &&
      event.costFrequency !== null &&
      isCode(CostFrequency, event.costFrequency) &&
      needsPlannedUnits(event.costFrequency),
  },
] as const satisfies readonly CldQualityRule[];

/** The fields the rules check. */
export type CldQualityRuleField = (typeof CLD_QUALITY_RULES)[number]['field'];

/** The rules an event breaks, in rule order. */
export function cldQualityFailures(
  event: CldEvent,
  submission: CldSubmission,
  row: CldRow = cldRow(event, submission),
): CldQualityFailure[] {
  return CLD_QUALITY_RULES.filter(
    (rule) => rule.applies(event, submission) && row[rule.field].trim() === '',
  ).map((rule) => ({
    eventType: event.eventType,
    eventReference: event.eventReference,
    field: rule.field,
    rule: rule.code,
  }));
}
