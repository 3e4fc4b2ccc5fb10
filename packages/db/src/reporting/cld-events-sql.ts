import type { ClientType } from '@openpb/domain/code-lists/client-type';
import type { EventType } from '@openpb/domain/code-lists/event-type';
import type { PersonDetailField } from '@openpb/domain/code-lists/person-detail-field';
import type { IsoDate } from '@openpb/domain/dates';
import type { CldEvent } from '@openpb/domain/reporting/cld-event';
import { Prisma } from '../client.ts';
import { personDetailAsAtSql } from './person-detail-as-at-sql.ts';

/** The client types whose rows carry the CLD carer fields (module "Carers and linked service users"). */
const CARER_CLIENT_TYPES: readonly ClientType[] = ['CARER', 'CARER_KNOWN_BY_ASSOCIATION'];

/** The events of one council's CLD submission for an end-inclusive period. */
export interface CldEventsWhere {
  readonly councilId: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A position in the events' order (event type, then id), for keyset paging. */
export interface CldEventPosition {
  readonly eventType: EventType;
  readonly eventReference: string;
}

/** The order of event types in a submission. */
export const CLD_EVENT_TYPE_ORDER: readonly EventType[] = [
  'REQUEST',
  'ASSESSMENT',
  'SERVICE',
  'REVIEW',
];

/** A row as PostgreSQL returns it (dates as text, so no driver turns them into instants). */
export interface CldEventRow {
  kind_order: number;
  event_type: EventType;
  event_reference: string;
  start_date: string | null;
  end_date: string | null;
  description: string | null;
  outcome: string | null;
  route_of_access: string | null;
  assessment_type: string | null;
  eligible: boolean | null;
  method_of_assessment: string | null;
  service_type: string | null;
  service_component: string | null;
  delivery_mechanism: string | null;
  provider_cqc_location_id: string | null;
  provider_cqc_location_name: string | null;
  unit_cost_pence: number | null;
  cost_frequency: string | null;
  planned_units_hundredths: number | null;
  review_reason: string | null;
  method_of_review: string | null;
  review_outcomes: string | null;
  la_code: string;
  la_person_id: string;
  nhs_number: string | null;
  gp_practice_code: string | null;
  gp_practice_name: string | null;
  gender: string;
  ethnicity: string;
  birth_date: string;
  client_type: string;
  primary_support_reason: string;
  postcode: string;
  accommodation_status: string;
  employment_status: string | null;
  has_unpaid_carer: boolean | null;
  autism: boolean | null;
  visual_impairment: boolean | null;
  hearing_impairment: boolean | null;
  dementia: boolean | null;
  client_funding_status: string;
  death_date: string | null;
  hours_caring_hundredths: number | null;
  adults_cared_for: number | null;
  linked_person_ids: string[];
}

/** The event type's place in `CLD_EVENT_TYPE_ORDER`, counted from 1: `event.kind_order`. */
export const kindOrderOf = (type: EventType) => CLD_EVENT_TYPE_ORDER.indexOf(type) + 1;

/**
 * The events in CLD scope (domain.md §3.1), with the person's details as they were at the end of
 * each event (person_detail_history): requests, assessments and reviews completed in the
 * period, and service lines active in it (lines of approved, superseded or ended plans, within the
 * plan's own dates, never cancelled ones), each with the person, in no order; `event.kind_order`
 * and `event.id` give the (event type, id) order. With `startingAt`, only the events at that
 * position or after it.
 */
export function cldEventRowsSql(
  where: CldEventsWhere,
  startingAt: CldEventPosition | null = null,
): Prisma.Sql {
  const { councilId, from, to } = where;
  // the position, pushed into each branch (its event type is fixed) so PostgreSQL skips early
  const atOrPast = (type: EventType, id: Prisma.Sql): Prisma.Sql => {
    if (!startingAt) return Prisma.empty;
    const relative = kindOrderOf(type) - kindOrderOf(startingAt.eventType);
    if (relative < 0) return Prisma.sql`AND false`;
    if (relative > 0) return Prisma.empty;
    return Prisma.sql`AND ${id} >= ${startingAt.eventReference}::uuid`;
  };
  // a person detail as it was at the end of the event, or of the period for an event still open
  // then (D19, D22): a person who moved during the period has each row's postcode as it was
  const eventDate = Prisma.sql`least(coalesce(event.end_date, ${to}::date), ${to}::date)`;
  // (looked up only for people with a recorded change, so that the others cost nothing)
  const detail = (field: PersonDetailField, column: string) =>
    Prisma.sql`CASE WHEN changed.person_id IS NULL THEN person.${Prisma.raw(column)}::text
      ELSE ${personDetailAsAtSql(Prisma.sql`person.id`, field, eventDate, Prisma.raw(`person.${column}::text`))} END`;
  const asAt = (field: PersonDetailField, column: string) =>
    Prisma.sql`${detail(field, column)} AS ${Prisma.raw(column)}`;
  const asAtFlag = (field: PersonDetailField, column: string) =>
    Prisma.sql`(${detail(field, column)})::boolean AS ${Prisma.raw(column)}`;
  return Prisma.sql`
    SELECT event.kind_order, event.event_type, event.id::text AS event_reference,
           event.start_date::text AS start_date, event.end_date::text AS end_date,
           event.description, event.outcome,
           event.route_of_access, event.assessment_type, event.eligible, event.method_of_assessment,
           event.service_type, event.service_component, event.delivery_mechanism,
           event.provider_cqc_location_id, event.provider_cqc_location_name,
           event.unit_cost_pence, event.cost_frequency, event.planned_units_hundredths,
           event.review_reason, event.method_of_review, event.review_outcomes,
           council.la_code, person.la_person_id, person.nhs_number,
           ${asAt('GP_PRACTICE_CODE', 'gp_practice_code')}, ${asAt('GP_PRACTICE_NAME', 'gp_practice_name')},
           person.gender, ${asAt('ETHNICITY', 'ethnicity')},
           person.birth_date::text AS birth_date, ${asAt('CLIENT_TYPE', 'client_type')},
           ${asAt('PRIMARY_SUPPORT_REASON', 'primary_support_reason')},
           ${asAt('POSTCODE', 'postcode')}, ${asAt('ACCOMMODATION_STATUS', 'accommodation_status')},
           ${asAt('EMPLOYMENT_STATUS', 'employment_status')},
           ${asAtFlag('HAS_UNPAID_CARER', 'has_unpaid_carer')}, ${asAtFlag('AUTISM', 'autism')},
           ${asAtFlag('VISUAL_IMPAIRMENT', 'visual_impairment')},
           ${asAtFlag('HEARING_IMPAIRMENT', 'hearing_impairment')}, ${asAtFlag('DEMENTIA', 'dementia')},
           ${asAt('CLIENT_FUNDING_STATUS', 'client_funding_status')},
           person.death_date::text AS death_date, carer.hours_caring_hundredths,
           carer.adults_cared_for, coalesce(carer.linked_person_ids, '{}') AS linked_person_ids
      FROM (
        SELECT ${kindOrderOf('REQUEST')}::int AS kind_order, 'REQUEST' AS event_type, id, person_id,
               received_date AS start_date, closed_date AS end_date, NULL::text AS description,
               outcome, route_of_access,
               NULL::text AS assessment_type, NULL::boolean AS eligible, NULL::text AS method_of_assessment,
               NULL::text AS service_type, NULL::text AS service_component, NULL::text AS delivery_mechanism,
               NULL::text AS provider_cqc_location_id, NULL::text AS provider_cqc_location_name,
               NULL::int AS unit_cost_pence, NULL::text AS cost_frequency, NULL::int AS planned_units_hundredths,
               NULL::text AS review_reason, NULL::text AS method_of_review, NULL::text AS review_outcomes
          FROM request
         WHERE council_id = ${councilId}::uuid
           AND closed_date BETWEEN ${from}::date AND ${to}::date
           ${atOrPast('REQUEST', Prisma.raw('id'))}
        UNION ALL
        SELECT ${kindOrderOf('ASSESSMENT')}::int, 'ASSESSMENT', id, person_id, start_date, completed_date,
               NULL, outcome, NULL, type, eligible, involvement, NULL, NULL, NULL, NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL
          FROM assessment
         WHERE council_id = ${councilId}::uuid
           AND completed_date BETWEEN ${from}::date AND ${to}::date
           ${atOrPast('ASSESSMENT', Prisma.raw('id'))}
        UNION ALL
        SELECT ${kindOrderOf('SERVICE')}::int, 'SERVICE', line.id, plan.person_id, line.start_date,
               line.end_date, line.description, NULL, NULL, NULL, NULL, NULL, line.service_type,
               line.service_component, line.delivery_mechanism, line.provider_cqc_location_id,
               line.provider_cqc_location_name, line.unit_cost_pence,
               line.cost_frequency, line.planned_units_per_week_hundredths, NULL, NULL, NULL
          FROM support_plan_line line
          JOIN support_plan plan ON plan.id = line.plan_id AND plan.council_id = line.council_id
         WHERE line.council_id = ${councilId}::uuid
           AND plan.status IN ('APPROVED', 'SUPERSEDED', 'ENDED')
           AND line.status <> 'CANCELLED'
           AND line.start_date <= ${to}::date
           AND (line.end_date IS NULL OR line.end_date >= ${from}::date)
           AND plan.start_date <= ${to}::date
           AND (plan.end_date IS NULL OR plan.end_date >= ${from}::date)
           ${atOrPast('SERVICE', Prisma.raw('line.id'))}
        UNION ALL
        SELECT ${kindOrderOf('REVIEW')}::int, 'REVIEW', id, person_id, completed_date, completed_date,
               NULL, outcome, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               reason, involvement, outcomes_achieved
          FROM review
         WHERE council_id = ${councilId}::uuid
           AND completed_date BETWEEN ${from}::date AND ${to}::date
           ${atOrPast('REVIEW', Prisma.raw('id'))}
      ) event
      JOIN person ON person.id = event.person_id AND person.council_id = ${councilId}::uuid
      JOIN council ON council.id = person.council_id
      LEFT JOIN (SELECT DISTINCT history.person_id
                   FROM person_detail_history history
                  WHERE history.council_id = ${councilId}::uuid) changed
             ON changed.person_id = person.id
      -- an unpaid carer's links in force at the end of the event (of the period if it runs on)
      LEFT JOIN LATERAL (
        SELECT sum(link.hours_caring_per_week_hundredths)::int AS hours_caring_hundredths,
               nullif(count(*), 0)::int AS adults_cared_for,
               (array_agg(cared_for.la_person_id ORDER BY link.valid_from, link.id))[1:3]
                 AS linked_person_ids
          FROM carer_link link
          JOIN person cared_for ON cared_for.id = link.cared_for_person_id
         WHERE ${detail('CLIENT_TYPE', 'client_type')} IN (${Prisma.join(CARER_CLIENT_TYPES)})
           AND link.council_id = person.council_id
           AND link.carer_person_id = person.id
           AND link.valid_from <= least(coalesce(event.end_date, ${to}::date), ${to}::date)
           AND (link.valid_to IS NULL
                OR link.valid_to >= least(coalesce(event.end_date, ${to}::date), ${to}::date))
      ) carer ON true`;
}

/** Every event of a CLD submission, in (event type, id) order. */
export function cldEventsSql(where: CldEventsWhere): Prisma.Sql {
  return Prisma.sql`${cldEventRowsSql(where)} ORDER BY event.kind_order, event.id`;
}

/** The domain's event from a row of `cldEventsSql`. */
export function cldEventFromRow(row: CldEventRow): CldEvent {
  return {
    eventType: row.event_type,
    eventReference: row.event_reference,
    startDate: row.start_date,
    endDate: row.end_date,
    description: row.description,
    outcome: row.outcome,
    routeOfAccess: row.route_of_access,
    assessmentType: row.assessment_type,
    eligibleNeedsIdentified: row.eligible,
    methodOfAssessment: row.method_of_assessment,
    serviceType: row.service_type,
    serviceComponent: row.service_component,
    deliveryMechanism: row.delivery_mechanism,
    providerCqcLocationId: row.provider_cqc_location_id,
    providerCqcLocationName: row.provider_cqc_location_name,
    unitCostPence: row.unit_cost_pence,
    costFrequency: row.cost_frequency,
    plannedUnitsPerWeekHundredths: row.planned_units_hundredths,
    reviewReason: row.review_reason,
    methodOfReview: row.method_of_review,
    reviewOutcomesAchieved: row.review_outcomes,
    laCode: row.la_code,
    laPersonId: row.la_person_id,
    nhsNumber: row.nhs_number,
    gpPracticeCode: row.gp_practice_code,
    gpPracticeName: row.gp_practice_name,
    gender: row.gender,
    ethnicity: row.ethnicity,
    birthDate: row.birth_date,
    clientType: row.client_type,
    primarySupportReason: row.primary_support_reason,
    postcode: row.postcode,
    accommodationStatus: row.accommodation_status,
    employmentStatus: row.employment_status,
    hasUnpaidCarer: row.has_unpaid_carer,
    autism: row.autism,
    visualImpairment: row.visual_impairment,
    hearingImpairment: row.hearing_impairment,
    dementia: row.dementia,
    clientFundingStatus: row.client_funding_status,
    deathDate: row.death_date,
    hoursCaringPerWeekHundredths: row.hours_caring_hundredths,
    adultsCaredFor: row.adults_cared_for,
    linkedPersonIds: row.linked_person_ids,
  };
}
