/**
 * The checks DHSC makes of a CLD submission [S-02a GetDQValues; S-02b GetDerivedFields; S-02c
 * 4-event-filtering, 5-data-cleaning, 6-deduplication; S-02f GetUniqueEvents], as data, so a council
 * sees before it submits what DHSC would fail, map away or merge:
 *
 * - mandatory fields left empty where the field applies (domain.md §3.1.1), checked on the CLD
 *   row, so they see exactly what the export writes;
 * - values outside the release's defined list, and values of the other release (DHSC: "Failed:
 *   Invalid", "Failed: Release 1"); NHS numbers whose Modulus 11 check digit is wrong;
 * - dates DHSC drops or corrects: an end before the start, an event outside the reporting period
 *   (DHSC keeps requests, assessments and reviews that end in it and services active in it), an
 *   event after the person's death;
 * - rows DHSC takes for one event (its unique-event key), and services its year-long
 *   de-duplication will merge although their delivery mechanisms differ;
 * - person details that differ between a person's rows.
 *
 * Each rule has a code, the field it is about, a severity (an ERROR must be put right before the
 * submission; a WARNING is worth a look but does not stop it) and a message for the data officer.
 * The data-quality report applies them in SQL (@openpb/db/reporting/cld-quality-rules-sql),
 * which must agree with these definitions.
 */
import { isCode } from '../code-lists/code-list.ts';
import { CostFrequency, needsPlannedUnits } from '../code-lists/cost-frequency.ts';
import { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import { ServiceComponent } from '../code-lists/service-component.ts';
import { ServiceType } from '../code-lists/service-type.ts';
import { ageOn, isAfter, isBefore } from '../dates.ts';
import { isValidNhsNumber } from '../entities/nhs-number.ts';
import { cldCostsRequired } from '../rules/cld-cost-completeness.ts';
import type { CldEvent, CldSubmission } from './cld-event.ts';
import { CLD_CODED_FIELDS, type CldCodedFieldName } from './cld-event-coded-fields.ts';
import {
  CLD_PERSON_DETAIL_FIELDS,
  type CldEventPeers,
  type CldPersonDetailField,
  cldEventPeers,
  LONE_EVENT,
} from './cld-event-peers.ts';
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
  'INVALID_VALUE',
  'RELEASE_1_VALUE_IN_RELEASE_2',
  'RELEASE_2_VALUE_IN_RELEASE_1',
  'NHS_NUMBER_CHECK_DIGIT',
  'END_BEFORE_START',
  'OUTSIDE_PERIOD',
  'AFTER_DEATH',
  'DUPLICATE_EVENT',
  'MERGED_DELIVERY_MECHANISMS',
  'PERSON_DETAILS_DIFFER',
] as const;

export type CldQualityRuleCode = (typeof CLD_QUALITY_RULE_CODES)[number];

/** ERROR: DHSC would fail, drop or lose the value; put it right first. WARNING: worth a look. */
export type CldQualitySeverity = 'ERROR' | 'WARNING';

/** What a rule looks at: the event, its CLD row, the submission and the submission's other rows. */
export interface CldEventCheck {
  readonly event: CldEvent;
  readonly row: CldRow;
  readonly submission: CldSubmission;
  readonly peers: CldEventPeers;
}

export interface CldQualityRule {
  readonly code: CldQualityRuleCode;
  /** The CLD field the rule is about. */
  readonly field: CldField;
  readonly severity: CldQualitySeverity;
  /** What is wrong and what DHSC does with it, for the data officer. */
  readonly message: string;
  readonly breaks: (check: CldEventCheck) => boolean;
}

export interface CldQualityFailure {
  readonly eventType: CldEvent['eventType'];
  readonly eventReference: string;
  readonly rule: CldQualityRule;
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
  INVALID_VALUE: "The value is not in the CLD specification's defined list for the field.",
  RELEASE_1_VALUE_IN_RELEASE_2:
    'The value exists only in Release 1 of the CLD specification, and the period is submitted in Release 2.',
  RELEASE_2_VALUE_IN_RELEASE_1:
    'The value exists only in Release 2 of the CLD specification, and the file is in Release 1.',
  NHS_NUMBER_CHECK_DIGIT:
    'An NHS number is 10 digits, the last the Modulus 11 check digit of the first nine.',
  END_BEFORE_START: 'The event ends before it starts.',
  OUTSIDE_PERIOD:
    'Requests, assessments and reviews must end in the reporting period, services be active in it.',
  AFTER_DEATH: "No event may start or end after the person's date of death.",
  DUPLICATE_EVENT:
    "Two or more rows are one event under DHSC's unique-event key; DHSC keeps only one.",
  MERGED_DELIVERY_MECHANISMS:
    "Services with the same person, start date, service type and component but different delivery mechanisms are merged into one by DHSC's year-long de-duplication.",
  PERSON_DETAILS_DIFFER: "A person's details must be the same on all of their rows.",
};

const always = () => true;
const onEvent =
  (type: CldEvent['eventType']) =>
  (event: CldEvent): boolean =>
    event.eventType === type;
const isServiceUser = (event: CldEvent) => event.clientType === 'SERVICE_USER';
const isBlank = (value: string) => value.trim() === '';

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

/** A mandatory field: the rule breaks where it applies and the row leaves the field empty. */
function blank(
  code: CldQualityRuleCode,
  field: CldField,
  applies: (event: CldEvent, submission: CldSubmission) => boolean = always,
): CldQualityRule {
  return {
    code,
    field,
    severity: 'ERROR',
    message: `${field} is empty. ${CLD_QUALITY_RULE_DESCRIPTIONS[code]} DHSC counts it as "Failed: Blank (Mandatory)".`,
    breaks: ({ event, submission, row }) => applies(event, submission) && isBlank(row[field]),
  };
}

/** The stored value of a coded field on the event, or `null` where it is empty or not written. */
export function codedValue(event: CldEvent, field: CldCodedFieldName): string | null {
  const coded = CLD_CODED_FIELDS[field];
  if (!coded.onEvent(event.eventType)) return null;
  const value = event[coded.property];
  return value === null || isBlank(value) ? null : value;
}

const releaseName = { R1: 'Release 1', R2: 'Release 2' } as const;

function codedFieldRules(field: CldCodedFieldName): CldQualityRule[] {
  const coded = CLD_CODED_FIELDS[field];
  const rules: CldQualityRule[] = [
    {
      code: 'INVALID_VALUE',
      field,
      severity: 'ERROR',
      message: `${field} holds a value that is not in the CLD defined list; DHSC maps it to "Invalid and not mapped" and it drops out of the national figures.`,
      breaks: ({ event }) => {
        const value = codedValue(event, field);
        return value !== null && !coded.codes.includes(value);
      },
    },
  ];
  for (const [code, file, valueRelease] of [
    ['RELEASE_1_VALUE_IN_RELEASE_2', 'R2', 'R1'],
    ['RELEASE_2_VALUE_IN_RELEASE_1', 'R1', 'R2'],
  ] as const) {
    const others = coded.notInRelease[file];
    if (others.length === 0) continue;
    rules.push({
      code,
      field,
      severity: 'ERROR',
      message: `${field} holds a ${releaseName[valueRelease]} value that ${releaseName[file]} does not have; record the ${releaseName[file]} value (DHSC counts it as "Failed: ${releaseName[valueRelease]}" or cannot map it).`,
      breaks: ({ event, submission }) => {
        const value = codedValue(event, field);
        return submission.release === file && value !== null && others.includes(value);
      },
    });
  }
  return rules;
}

/**
 * The rules in their order (which is also the order of an event's failures). A rule is one code
 * on one field; its position in this list names it in SQL and in cursors.
 */
export const CLD_QUALITY_RULES: readonly CldQualityRule[] = [
  blank('MANDATORY', 'LA_Code'),
  blank('MANDATORY', 'LA_Person_Unique_Identifier'),
  blank('MANDATORY', 'NHS_Number'),
  blank('MANDATORY', 'Gender'),
  blank('MANDATORY', 'Ethnicity'),
  blank('MANDATORY', 'Date_of_Birth'),
  blank('MANDATORY', 'Client_Type'),
  blank('MANDATORY', 'Postcode'),
  blank('MANDATORY', 'Accommodation_Status'),
  blank('MANDATORY', 'Has_Unpaid_Carer'),
  blank(
    'MANDATORY_EXCEPT_REQUESTS',
    'Primary_Support_Reason',
    (event) => event.eventType !== 'REQUEST',
  ),
  blank(
    'MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
    'Employment_Status',
    (event, submission) => {
      // it hangs on the primary support reason, which requests need not carry
      if (event.eventType === 'REQUEST' || !isServiceUser(event)) return false;
      if (event.primarySupportReason !== 'LEARNING_DISABILITY') return false;
      if (event.birthDate === null) return false;
      const age = ageOn(event.birthDate, submission.periodEnd);
      return age >= WORKING_AGE.from && age <= WORKING_AGE.to;
    },
  ),
  blank(
    'MANDATORY_ON_SERVICES_AND_REVIEWS',
    'Client_Funding_Status',
    (event) =>
      isServiceUser(event) && (event.eventType === 'SERVICE' || event.eventType === 'REVIEW'),
  ),
  blank(
    'MANDATORY',
    'Event_Start_Date',
    (event) => event.clientType !== 'CARER_KNOWN_BY_ASSOCIATION',
  ),
  blank(
    'MANDATORY_UNLESS_OPEN_SERVICE',
    'Event_End_Date',
    (event) => event.eventType !== 'SERVICE' || event.deathDate !== null,
  ),
  blank('MANDATORY', 'Event_Outcome'),
  blank('MANDATORY_ON_REQUESTS', 'Request_Route_of_Access', onEvent('REQUEST')),
  blank('MANDATORY_ON_ASSESSMENTS', 'Assessment_Type', onEvent('ASSESSMENT')),
  blank(
    'MANDATORY_UNLESS_FINANCIAL_ASSESSMENT',
    'Method_of_Assessment',
    (event) => event.eventType === 'ASSESSMENT' && event.assessmentType !== 'FINANCIAL',
  ),
  blank('MANDATORY_ON_SERVICES', 'Service_Type', onEvent('SERVICE')),
  blank('MANDATORY_ON_SERVICES', 'Service_Component', onEvent('SERVICE')),
  blank('MANDATORY_ON_REVIEWS', 'Review_Reason', onEvent('REVIEW')),
  blank('MANDATORY_ON_REVIEWS', 'Method_of_Review', onEvent('REVIEW')),
  blank(
    'MANDATORY_WHEN_PLANNED_REVIEW',
    'Review_Outcomes_Achieved',
    (event) => event.eventType === 'REVIEW' && event.reviewReason === 'PLANNED',
  ),
  blank('MANDATORY_FOR_COSTED_SERVICES', 'Unit_Cost', costsRequired),
  blank('MANDATORY_FOR_COSTED_SERVICES', 'Cost_Frequency_Unit_Type', costsRequired),
  blank(
    'MANDATORY_FOR_COSTS_FINER_THAN_WEEKLY',
    'Planned_units_per_week',
    (event) =>
      costsRequired(event) &&
      event.costFrequency !== null &&
      isCode(CostFrequency, event.costFrequency) &&
      needsPlannedUnits(event.costFrequency),
  ),
  {
    code: 'NHS_NUMBER_CHECK_DIGIT',
    field: 'NHS_Number',
    severity: 'ERROR',
    message:
      'NHS_Number is not a valid NHS number: it must be 10 digits with no spaces, the last the Modulus 11 check digit of the first nine. DHSC cannot trace it or link the person to health records.',
    breaks: ({ event }) => {
      const nhs = event.nhsNumber;
      if (nhs === null || isBlank(nhs)) return false;
      return !/^\d{10}$/.test(nhs) || !isValidNhsNumber(nhs);
    },
  },
  ...(Object.keys(CLD_CODED_FIELDS) as CldCodedFieldName[]).flatMap(codedFieldRules),
  {
    code: 'END_BEFORE_START',
    field: 'Event_End_Date',
    severity: 'ERROR',
    message: 'Event_End_Date is before Event_Start_Date.',
    breaks: ({ event }) =>
      event.startDate !== null &&
      event.endDate !== null &&
      isBefore(event.endDate, event.startDate),
  },
  {
    code: 'OUTSIDE_PERIOD',
    field: 'Event_Start_Date',
    severity: 'ERROR',
    message:
      'The event is not in the reporting period: a request, assessment or review must end in it, a service be active in it (start by its end, not end before its start). DHSC drops the row.',
    breaks: ({ event, submission }) => {
      const { periodStart, periodEnd } = submission;
      const { startDate, endDate } = event;
      if (startDate !== null && isAfter(startDate, periodEnd)) return true;
      if (endDate === null) return false;
      if (event.eventType === 'SERVICE') return isBefore(endDate, periodStart);
      return isBefore(endDate, periodStart) || isAfter(endDate, periodEnd);
    },
  },
  {
    code: 'AFTER_DEATH',
    field: 'Date_of_Death',
    severity: 'ERROR',
    message:
      "The event starts or ends after the person's Date_of_Death. DHSC drops an event that starts after the death and ends one that runs past it at the date of death; end the record at the death, or correct the date.",
    breaks: ({ event }) => {
      const death = event.deathDate;
      if (death === null) return false;
      return (
        (event.startDate !== null && isAfter(event.startDate, death)) ||
        (event.endDate !== null && isAfter(event.endDate, death))
      );
    },
  },
  {
    code: 'DUPLICATE_EVENT',
    field: 'Event_Reference',
    severity: 'ERROR',
    message:
      "Another row of this submission is the same event under DHSC's unique-event key (the person, client type, event type, start and end dates, and the route of access, assessment type, or service type, component, delivery mechanism and costs). DHSC keeps one of them; merge the records or correct the one that is wrong.",
    breaks: ({ peers }) => peers.sameEvent > 1,
  },
  {
    code: 'MERGED_DELIVERY_MECHANISMS',
    field: 'Delivery_Mechanism',
    severity: 'WARNING',
    message:
      "Another service of this person starts on the same day with the same service type and component but another delivery mechanism (e.g. a direct payment beside commissioned support). DHSC's year-long de-duplication, which ASCOF uses, ignores the delivery mechanism and keeps only one of them.",
    breaks: ({ event, peers }) =>
      event.eventType === 'SERVICE' && peers.mergedWithOtherDeliveryMechanism,
  },
  ...(Object.keys(CLD_PERSON_DETAIL_FIELDS) as CldPersonDetailField[]).map(
    (field): CldQualityRule => ({
      code: 'PERSON_DETAILS_DIFFER',
      field,
      severity: 'WARNING',
      message: `${field} differs between this person's rows. DHSC's person-level figures take a single value; check each value and the date it took effect.`,
      breaks: ({ peers }) => peers.differingPersonFields.has(field),
    }),
  ),
];

/** A rule's place in `CLD_QUALITY_RULES`, which names it in SQL and in cursors. */
export function cldQualityRulePosition(rule: CldQualityRule): number {
  return CLD_QUALITY_RULES.indexOf(rule);
}

/** The rules an event breaks, in rule order. */
export function cldQualityFailures(
  event: CldEvent,
  submission: CldSubmission,
  peers: CldEventPeers = LONE_EVENT,
  row: CldRow = cldRow(event, submission),
): CldQualityFailure[] {
  const check = { event, row, submission, peers };
  return CLD_QUALITY_RULES.filter((rule) => rule.breaks(check)).map((rule) => ({
    eventType: event.eventType,
    eventReference: event.eventReference,
    rule,
  }));
}

/** The rules each event of a whole submission breaks, the other rows considered. */
export function cldSubmissionFailures(
  events: readonly CldEvent[],
  submission: CldSubmission,
): CldQualityFailure[] {
  const peers = cldEventPeers(events);
  return events.flatMap((event, index) =>
    cldQualityFailures(event, submission, peers[index] ?? LONE_EVENT),
  );
}
