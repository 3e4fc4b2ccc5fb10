/**
 * What the other rows of a CLD submission say about one of its events, as DHSC reads the file:
 *
 * - DHSC's person: the NHS number, else `<LA code>_<LA person id>` [S-02b GetDerivedFields].
 * - DHSC's unique event [S-02b; S-02c 6-deduplication]: LA code, person, event type, start date,
 *   end date (not for services), client type, and the request's route of access, the
 *   assessment's type, or the service's type and component. A single submission is de-duplicated
 *   on that key plus, for services, delivery mechanism, unit cost, cost frequency and planned
 *   units [S-02f GetUniqueEvents, 'Single']: rows equal on all of it are one event, and DHSC keeps
 *   one of them. Joined submissions (the year's figures, ASCOF) use the key without them, so a
 *   direct payment and commissioned support of the same type and component starting on the same
 *   day become one service.
 * - Person details: DHSC's person-level tables take one value per person
 *   [S-02e Create_personal_details_table]; rows of one person that disagree are flagged.
 */
import type { CldEvent, CldPersonFields } from './cld-event.ts';
import type { CldField } from './cld-row.ts';

export interface CldEventPeers {
  /** Rows of the submission, this one included, that are the same event under the single key. */
  readonly sameEvent: number;
  /** Whether a service merged with this one under the joined key has another delivery mechanism. */
  readonly mergedWithOtherDeliveryMechanism: boolean;
  /** Person fields whose value differs on another row of the same person. */
  readonly differingPersonFields: ReadonlySet<CldPersonDetailField>;
}

/** An event with no other row of the submission to compare with. */
export const LONE_EVENT: CldEventPeers = {
  sameEvent: 1,
  mergedWithOtherDeliveryMechanism: false,
  differingPersonFields: new Set(),
};

/** The person fields compared across a person's rows, and the event property each is written from. */
export const CLD_PERSON_DETAIL_FIELDS = {
  LA_Person_Unique_Identifier: 'laPersonId',
  GP_Practice_Name: 'gpPracticeName',
  GP_Practice_Code: 'gpPracticeCode',
  Gender: 'gender',
  Ethnicity: 'ethnicity',
  Date_of_Birth: 'birthDate',
  Date_of_Death: 'deathDate',
  Primary_Support_Reason: 'primarySupportReason',
  Postcode: 'postcode',
  Accommodation_Status: 'accommodationStatus',
  Employment_Status: 'employmentStatus',
  Has_Unpaid_Carer: 'hasUnpaidCarer',
  Autism_Spectrum_Disorder_ASD: 'autism',
  Visual_Impairment: 'visualImpairment',
  Hearing_Impairment: 'hearingImpairment',
  Dementia: 'dementia',
  Client_Funding_Status: 'clientFundingStatus',
} as const satisfies { readonly [F in CldField]?: keyof CldPersonFields };

export type CldPersonDetailField = keyof typeof CLD_PERSON_DETAIL_FIELDS;

const isBlank = (value: string | null) => value === null || value.trim() === '';

/** DHSC's person id of the event's row. */
export function cldPersonKey(event: CldEvent): string {
  return isBlank(event.nhsNumber)
    ? `${event.laCode}_${event.laPersonId ?? ''}`
    : (event.nhsNumber as string);
}

function joinedKey(event: CldEvent): unknown[] {
  return [
    event.laCode,
    cldPersonKey(event),
    event.eventType,
    event.startDate,
    event.eventType === 'SERVICE' ? null : event.endDate,
    event.clientType,
    event.eventType === 'REQUEST' ? event.routeOfAccess : null,
    event.eventType === 'ASSESSMENT' ? event.assessmentType : null,
    event.eventType === 'SERVICE' ? event.serviceType : null,
    event.eventType === 'SERVICE' ? event.serviceComponent : null,
  ];
}

/** DHSC's unique event of a joined submission (the year's figures), as a comparable string. */
export function cldJoinedEventKey(event: CldEvent): string {
  return JSON.stringify(joinedKey(event));
}

/** DHSC's unique event of a single submission, as a comparable string. */
export function cldSingleEventKey(event: CldEvent): string {
  const costs =
    event.eventType === 'SERVICE'
      ? [
          event.deliveryMechanism,
          event.unitCostPence,
          event.costFrequency,
          event.plannedUnitsPerWeekHundredths,
        ]
      : [];
  return JSON.stringify([...joinedKey(event), ...costs]);
}

/** The value a person field is compared on (as text; a missing value is empty). */
export function personDetailText(event: CldEvent, field: CldPersonDetailField): string {
  const value = event[CLD_PERSON_DETAIL_FIELDS[field]];
  return value === null ? '' : String(value);
}

function groupBy<K>(events: readonly CldEvent[], key: (event: CldEvent) => K) {
  const groups = new Map<K, CldEvent[]>();
  for (const event of events) {
    const group = groups.get(key(event));
    if (group) group.push(event);
    else groups.set(key(event), [event]);
  }
  return groups;
}

const distinct = <T>(values: readonly T[]) => new Set(values).size;

/** For each event of a submission (in the same order), what the other rows say about it. */
export function cldEventPeers(events: readonly CldEvent[]): CldEventPeers[] {
  const single = groupBy(events, cldSingleEventKey);
  const joined = groupBy(events, cldJoinedEventKey);
  const people = groupBy(events, cldPersonKey);
  const fields = Object.keys(CLD_PERSON_DETAIL_FIELDS) as CldPersonDetailField[];
  const differing = new Map(
    [...people].map(([person, rows]) => [
      person,
      new Set(
        fields.filter((field) => distinct(rows.map((row) => personDetailText(row, field))) > 1),
      ),
    ]),
  );
  return events.map((event) => ({
    sameEvent: single.get(cldSingleEventKey(event))?.length ?? 1,
    mergedWithOtherDeliveryMechanism:
      event.eventType === 'SERVICE' &&
      distinct(
        (joined.get(cldJoinedEventKey(event)) ?? []).map((row) => row.deliveryMechanism ?? ''),
      ) > 1,
    differingPersonFields: differing.get(cldPersonKey(event)) ?? new Set(),
  }));
}
