import type { Random } from './random.ts';
import type { CouncilStaff, StaffRow } from './staff-generator.ts';

/** Chance that a case is held by a registered social worker. */
const QUALIFIED_SHARE = {
  /** HIGH complexity or safeguarding: mostly, but not always (the reports must find the rest). */
  required: 0.9,
  other: 0.4,
} as const;

export function isQualified(staff: StaffRow): boolean {
  return staff.qualification === 'REGISTERED_SOCIAL_WORKER';
}

/** The caseworker a new case goes to; complex and safeguarding cases mostly to qualified staff. */
export function chooseCaseworker(
  random: Random,
  staff: CouncilStaff,
  needsQualifiedWorker: boolean,
): StaffRow {
  const wantQualified = random.chance(
    needsQualifiedWorker ? QUALIFIED_SHARE.required : QUALIFIED_SHARE.other,
  );
  const preferred = wantQualified ? staff.qualifiedCaseworkers : staff.unqualifiedCaseworkers;
  const fallback = wantQualified ? staff.unqualifiedCaseworkers : staff.qualifiedCaseworkers;
  return random.pick(preferred.length > 0 ? preferred : fallback);
}

/** The registered social worker who supervises a caseworker: their team manager. */
export function supervisorOf(staff: CouncilStaff, worker: StaffRow): StaffRow {
  return staff.teamManagerOf.get(worker.team) ?? staff.headOfService;
}
