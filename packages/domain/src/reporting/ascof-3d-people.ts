/**
 * Who ASCOF 3D counts, and where, from service events as at a snapshot — DHSC's way and the
 * records' way side by side (domain.md §3.4; D21). Both methods take the records' dates, never
 * today's statuses. DHSC's way follows its 2024/25 SQL (DataS-DHSC/ASC-CLD-LA-Dashboard):
 *
 * 1. an event's end is the date of death when the person died during it, or while it was open,
 *    and an event starting after the death is dropped (Stored_procedures/
 *    create_FilterToEventsInPeriod_procedure.sql, Der_Event_End_Date);
 * 2. events are merged to DHSC's "unique events": same person, start date, client type, service
 *    type and service component — NOT delivery mechanism — keeping the open record, else the one
 *    ending last, else the one submitted last (Main_tables/docs/methodology/6-deduplication.md;
 *    create_GetDerivedFields_procedure.sql Der_Unique_Event_Ref;
 *    create_GetUniqueEvents_procedure.sql, joined submissions);
 * 3. service users: long-term support open on the snapshot, alive on it; carers ("Unpaid carer"
 *    and "Unpaid carer known by association"): carer support open on any day of the year, alive on
 *    its first day (ASCOF_measures/Create_ASCOF_3D_2425_Onwards.sql, "#ASCOF_3D_Clients_Build",
 *    "#ASCOF_3D_Carers_Build");
 * 4. each person at their best level (support setting; carer support by delivery mechanism), aged
 *    as DHSC ages them — the oldest age of a service user's rows, the youngest of a carer's
 *    ("#ASCOF_3D_Clients_MinRank", "#ASCOF_3D_Carers_MinRank"); children left out.
 *
 * The recorded way skips step 2 (each recorded line counts at its own level), places carer
 * support by the project's reading of the component (carer-support.ts) and takes the person's
 * exact age. Carers' assessments, reviews and requests are not events here: DHSC places them at
 * "Information and advice" or "No direct support", below every level of the 3D denominator, so
 * they can never change a 3D figure.
 */
import { compareDates, type IsoDate, isAfter, isBefore } from '../dates.ts';
import type { AscofAgeBand } from './ascof-3d.ts';
import { type AscofMethod, ascofAgeBandOf, ascofAgeOn } from './ascof-3d-age.ts';
import {
  CARER_SUPPORT_HIERARCHY,
  type CarerSupport,
  DHSC_CARER_SUPPORT_HIERARCHY,
} from './carer-support.ts';
import { type LineHierarchy, levelOfLine } from './line-hierarchy.ts';
import { SUPPORT_SETTING_HIERARCHY, type SupportSetting } from './support-setting.ts';

/** One recorded service (a plan line as at the snapshot) with the person's details. */
export interface AscofServiceEvent {
  readonly personId: string;
  /** Orders records as DHSC's record id does: a larger one was submitted later. */
  readonly recordId: string;
  readonly clientType: string;
  readonly birthDate: IsoDate;
  readonly deathDate: IsoDate | null;
  readonly serviceType: string;
  readonly serviceComponent: string;
  readonly deliveryMechanism: string | null;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
}

export interface AscofPeriod {
  readonly snapshot: IsoDate;
  /** First day of the carers' year. */
  readonly yearStart: IsoDate;
}

export type AscofCohort = 'SERVICE_USERS' | 'CARERS';

export interface AscofPlacement {
  readonly rank: number;
  readonly band: AscofAgeBand;
}

/** How many people one method places at `dhsc` and the other at `recorded` (null: not counted). */
export interface AscofCrossCount {
  readonly cohort: AscofCohort;
  readonly dhsc: AscofPlacement | null;
  readonly recorded: AscofPlacement | null;
  readonly people: number;
}

export const SERVICE_USER_CLIENT_TYPES: readonly string[] = ['SERVICE_USER'];
/** "Unpaid carer" and "Unpaid carer known by association" (CLD R2 Client Type) are both carers. */
export const CARER_CLIENT_TYPES: readonly string[] = ['CARER', 'CARER_KNOWN_BY_ASSOCIATION'];
export const LONG_TERM_SERVICE_TYPES: readonly string[] = [
  'LT_NURSING',
  'LT_RESIDENTIAL',
  'LT_COMMUNITY',
  'LT_PRISON',
];
export const CARER_SERVICE_TYPES: readonly string[] = ['CARER_DIRECT', 'CARER_VIA_CARED_FOR'];

export function hierarchyOf(
  cohort: 'SERVICE_USERS',
  method: AscofMethod,
): LineHierarchy<SupportSetting>;
export function hierarchyOf(cohort: 'CARERS', method: AscofMethod): LineHierarchy<CarerSupport>;
export function hierarchyOf(cohort: AscofCohort, method: AscofMethod): LineHierarchy<string>;
export function hierarchyOf(cohort: AscofCohort, method: AscofMethod): LineHierarchy<string> {
  if (cohort === 'SERVICE_USERS') return SUPPORT_SETTING_HIERARCHY;
  return method === 'DHSC' ? DHSC_CARER_SUPPORT_HIERARCHY : CARER_SUPPORT_HIERARCHY;
}

/** Step 1: the end as DHSC derives it from the date of death; null when the event is dropped. */
export function endAllowingForDeath(event: AscofServiceEvent): { end: IsoDate | null } | null {
  const { deathDate, startDate, endDate } = event;
  if (deathDate === null) return { end: endDate };
  if (isBefore(deathDate, startDate)) return null;
  const diedDuring =
    endDate === null ? isAfter(deathDate, startDate) : !isAfter(deathDate, endDate);
  return { end: diedDuring ? deathDate : endDate };
}

type LivedEvent = AscofServiceEvent & { readonly derivedEnd: IsoDate | null };

const uniqueEventKey = (event: LivedEvent) =>
  [
    event.personId,
    event.startDate,
    event.clientType,
    event.serviceType,
    event.serviceComponent,
  ].join('\u0000');

/** DHSC's retention order: open first, then the latest end, then the latest record. */
function retainedFirst(a: LivedEvent, b: LivedEvent): number {
  if (a.derivedEnd !== b.derivedEnd) {
    if (a.derivedEnd === null) return -1;
    if (b.derivedEnd === null) return 1;
    return -compareDates(a.derivedEnd, b.derivedEnd);
  }
  if (a.recordId === b.recordId) return 0;
  return a.recordId > b.recordId ? -1 : 1;
}

/** Step 2: one record per DHSC unique event. */
export function dhscUniqueEvents<E extends LivedEvent>(events: readonly E[]): E[] {
  const kept = new Map<string, E>();
  for (const event of events) {
    const key = uniqueEventKey(event);
    const held = kept.get(key);
    if (!held || retainedFirst(event, held) < 0) kept.set(key, event);
  }
  return [...kept.values()];
}

function inCohort(cohort: AscofCohort, event: LivedEvent, period: AscofPeriod): boolean {
  const { snapshot, yearStart } = period;
  if (isAfter(event.startDate, snapshot)) return false;
  if (event.derivedEnd !== null && isBefore(event.derivedEnd, event.startDate)) return false;
  const from = cohort === 'SERVICE_USERS' ? snapshot : yearStart;
  if (event.derivedEnd !== null && isBefore(event.derivedEnd, from)) return false;
  if (event.deathDate !== null && isBefore(event.deathDate, from)) return false;
  return cohort === 'SERVICE_USERS'
    ? SERVICE_USER_CLIENT_TYPES.includes(event.clientType) &&
        LONG_TERM_SERVICE_TYPES.includes(event.serviceType)
    : CARER_CLIENT_TYPES.includes(event.clientType) &&
        CARER_SERVICE_TYPES.includes(event.serviceType);
}

/** Steps 3 and 4 for one method: each counted person's placement. */
export function ascofPlacements(
  cohort: AscofCohort,
  method: AscofMethod,
  events: readonly AscofServiceEvent[],
  period: AscofPeriod,
): Map<string, AscofPlacement> {
  const lived: LivedEvent[] = [];
  for (const event of events) {
    const end = endAllowingForDeath(event);
    if (end) lived.push({ ...event, derivedEnd: end.end });
  }
  const counted = (method === 'DHSC' ? dhscUniqueEvents(lived) : lived).filter((event) =>
    inCohort(cohort, event, period),
  );
  const hierarchy = hierarchyOf(cohort, method);
  const best = new Map<string, { rank: number | null; age: number }>();
  for (const event of counted) {
    const rank = levelOfLine(hierarchy, event)?.rank ?? null;
    const age = ascofAgeOn(method, event.birthDate, period.snapshot);
    const held = best.get(event.personId);
    if (!held) {
      best.set(event.personId, { rank, age });
      continue;
    }
    held.rank = held.rank === null ? rank : rank === null ? held.rank : Math.min(held.rank, rank);
    held.age = cohort === 'SERVICE_USERS' ? Math.max(held.age, age) : Math.min(held.age, age);
  }
  const placements = new Map<string, AscofPlacement>();
  for (const [personId, { rank, age }] of best) {
    const band = ascofAgeBandOf(age);
    if (rank !== null && band !== null) placements.set(personId, { rank, band });
  }
  return placements;
}

const placementKey = (placement: AscofPlacement | null) =>
  placement ? `${placement.rank}:${placement.band}` : '-';

/**
 * Both methods' placements of everybody counted by either, as counts of people per (cohort, DHSC
 * placement, recorded placement), in the order the SQL returns them.
 */
export function ascof3dCrossCounts(
  events: readonly AscofServiceEvent[],
  period: AscofPeriod,
): AscofCrossCount[] {
  const counts: AscofCrossCount[] = [];
  for (const cohort of ['SERVICE_USERS', 'CARERS'] as const) {
    const dhsc = ascofPlacements(cohort, 'DHSC', events, period);
    const recorded = ascofPlacements(cohort, 'RECORDED', events, period);
    const groups = new Map<string, AscofCrossCount>();
    for (const personId of new Set([...dhsc.keys(), ...recorded.keys()])) {
      const pair = { dhsc: dhsc.get(personId) ?? null, recorded: recorded.get(personId) ?? null };
      const key = `${placementKey(pair.dhsc)}|${placementKey(pair.recorded)}`;
      const held = groups.get(key);
      groups.set(key, { cohort, ...pair, people: (held?.people ?? 0) + 1 });
    }
    counts.push(...[...groups.values()].sort(crossCountOrder));
  }
  return counts;
}

const compareNullableRank = (a: AscofPlacement | null, b: AscofPlacement | null) => {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.band < b.band ? -1 : a.band > b.band ? 1 : 0;
};

/** Within a cohort: by DHSC placement, then recorded placement (rank, band; uncounted last). */
export function crossCountOrder(a: AscofCrossCount, b: AscofCrossCount): number {
  return compareNullableRank(a.dhsc, b.dhsc) || compareNullableRank(a.recorded, b.recorded);
}
