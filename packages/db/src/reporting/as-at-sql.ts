/**
 * "As at" a date from the records' dates and effective history, never from today's status
 * (D21): a plan version that was agreed keeps its dates when it is later superseded or ended, so
 * it counts on the days it was in force; the same holds for signed-off budget versions and
 * started direct-payment agreements. Statuses only tell which rows were ever agreed.
 */
import type { IsoDate } from '@openpb/domain/dates';
import { Prisma } from '../client.ts';

/** Plan versions that were approved at some time (they are in force between their dates). */
export const AGREED_PLAN_STATUSES = ['APPROVED', 'SUPERSEDED', 'ENDED'] as const;
/** Budget versions that were signed off at some time. */
export const AGREED_BUDGET_STATUSES = ['SIGNED_OFF', 'SUPERSEDED', 'ENDED'] as const;
/** Agreements that started (a draft never did). */
export const STARTED_AGREEMENT_STATUSES = ['ACTIVE', 'SUSPENDED', 'TERMINATED'] as const;

const statuses = (list: readonly string[]) =>
  Prisma.join(list.map((status) => Prisma.sql`${status}`));

/** `column IN (…)` for a status list. */
export function statusIn(column: Prisma.Sql, list: readonly string[]): Prisma.Sql {
  return Prisma.sql`${column} IN (${statuses(list)})`;
}

/** Whether the end-inclusive period `[start, end]` (end NULL = open) contains `on`. */
export function inForceOn(start: Prisma.Sql, end: Prisma.Sql, on: IsoDate): Prisma.Sql {
  return Prisma.sql`(${start} <= ${on}::date AND (${end} IS NULL OR ${end} >= ${on}::date))`;
}

/** A person alive on `on`: a death on the day still counts them (as DHSC's `Date_of_Death >= end`). */
export function aliveOn(person: Prisma.Sql, on: IsoDate): Prisma.Sql {
  return Prisma.sql`(${person}.death_date IS NULL OR ${person}.death_date >= ${on}::date)`;
}

/**
 * When a plan line (alias `line` of a plan `plan`) was in force: within its own dates and its
 * plan version's (a superseded version ends the day before its successor starts, whatever its
 * lines still say). Cancelled lines never were.
 */
export const LINE_START = Prisma.sql`GREATEST(line.start_date, plan.start_date)`;
export const LINE_END = Prisma.sql`LEAST(line.end_date, plan.end_date)`;
export const LINE_WAS_AGREED = Prisma.sql`(${statusIn(
  Prisma.sql`plan.status`,
  AGREED_PLAN_STATUSES,
)} AND line.status <> 'CANCELLED')`;
