import type { RequestSource } from '@openpb/domain/code-lists/request-source';
import type { RouteOfAccess } from '@openpb/domain/code-lists/route-of-access';
import type { IsoDate } from '@openpb/domain/dates';
import type { SyntheticPerson } from './person-generator.ts';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

export type RequestRow = TableRows['request'];

/** How older people come to adult social care: hospital discharge is a large share. */
const ROUTES_OLDER: Readonly<Partial<Record<RouteOfAccess, number>>> = {
  COMMUNITY_OTHER: 50,
  DISCHARGE_FROM_HOSPITAL: 30,
  DIVERSION_FROM_HOSPITAL: 8,
  SELF_FUNDER_DEPLETED_FUNDS: 7,
  SELF_FUNDER_DEPLETED_FUNDS_AFTER_12WK_DISREGARD_OR_DPA: 3,
  PLANNED_ENTRY_TRANSITION: 2,
};

/** Working-age adults: more planned transitions from children's services. */
const ROUTES_WORKING_AGE: Readonly<Partial<Record<RouteOfAccess, number>>> = {
  COMMUNITY_OTHER: 62,
  PLANNED_ENTRY_TRANSITION: 18,
  DISCHARGE_FROM_HOSPITAL: 12,
  DIVERSION_FROM_HOSPITAL: 5,
  SELF_FUNDER_DEPLETED_FUNDS: 3,
};

const SOURCES: Readonly<Record<RequestSource, number>> = {
  SELF: 28,
  FAMILY_OR_CARER: 32,
  PROFESSIONAL: 35,
  OTHER_THIRD_PARTY: 5,
};

/** Chance that someone without a direct payment came to the council from prison (I-15). */
const PRISON_SHARE = 0.004;

export function generateRequest(
  random: Random,
  person: SyntheticPerson,
  dates: { received: IsoDate; closed: IsoDate | null },
  options: { older: boolean; mayBeInPrison: boolean },
): RequestRow {
  const routeOfAccess: RouteOfAccess =
    options.mayBeInPrison && random.chance(PRISON_SHARE)
      ? 'PRISON'
      : random.weighted(
          (options.older ? ROUTES_OLDER : ROUTES_WORKING_AGE) as Record<RouteOfAccess, number>,
        );
  const source: RequestSource =
    routeOfAccess === 'DISCHARGE_FROM_HOSPITAL' ||
    routeOfAccess === 'DIVERSION_FROM_HOSPITAL' ||
    routeOfAccess === 'PRISON'
      ? 'PROFESSIONAL'
      : random.weighted(SOURCES);
  return {
    id: random.uuid(),
    councilId: person.councilId,
    personId: person.id,
    receivedDate: dates.received,
    closedDate: dates.closed,
    routeOfAccess,
    source,
    outcome: dates.closed ? 'PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT' : null,
    isConversation: random.chance(0.12),
    createdAt: timestampOn(dates.received, 10),
  };
}
