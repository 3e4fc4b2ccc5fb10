import { Prisma, type PrismaClient } from '@openpb/db/client';
import { type IsoDate, isIsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { databaseId } from '../../tenancy.ts';
import type { TimelineEvent } from './timeline-event.ts';
import type { TimelineEventKind } from './timeline-event-kinds.ts';
import { timelineSummary } from './timeline-summary.ts';

/** A position in a timeline: the (date, id) of the last entry seen. */
export interface TimelinePosition {
  readonly date: IsoDate;
  readonly id: string;
}

export function encodeTimelineCursor(event: TimelineEvent): string {
  return Buffer.from(`${fromDbDate(event.date)}|${event.id}`).toString('base64url');
}

export function decodeTimelineCursor(cursor: string): TimelinePosition {
  const [date, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!date || !id || !isIsoDate(date) || databaseId(id) !== id) {
    throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { date, id };
}

interface TimelineRow {
  readonly date: Date;
  readonly id: string;
  readonly kind: TimelineEventKind;
  readonly detail: string;
  readonly done: boolean;
}

/**
 * One page of a person's case history, newest first, in ONE statement: a UNION ALL over the
 * tables of the record, keyset-paginated on (date, id) so that a page costs the same wherever it is.
 */
export async function timelinePage(
  db: PrismaClient,
  scope: { readonly councilId: string; readonly personId: string },
  page: { readonly limit: number; readonly after: TimelinePosition | null },
): Promise<TimelineEvent[]> {
  const { councilId, personId } = scope;
  const owned = (table: string) =>
    Prisma.sql`FROM ${Prisma.raw(table)} WHERE council_id = ${councilId}::uuid AND person_id = ${personId}::uuid`;
  const after = page.after
    ? Prisma.sql`WHERE (event.date, event.id) < (${toDbDate(page.after.date)}::date, ${page.after.id}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<TimelineRow[]>`
    SELECT event.date, event.id, event.kind, event.detail, event.done FROM (
      SELECT received_date AS date, id, 'REQUEST' AS kind, route_of_access AS detail,
             closed_date IS NOT NULL AS done ${owned('request')}
      UNION ALL
      SELECT COALESCE(completed_date, start_date), id, 'ASSESSMENT', type,
             completed_date IS NOT NULL ${owned('assessment')}
      UNION ALL
      SELECT (calculated_at AT TIME ZONE 'Europe/London')::date, id, 'INDICATIVE_BUDGET',
             weekly_amount_pence::text, true ${owned('indicative_budget')}
      UNION ALL
      SELECT start_date, id, 'SUPPORT_PLAN', status, true ${owned('support_plan')}
      UNION ALL
      SELECT effective_from, id, 'PERSONAL_BUDGET', status, true ${owned('personal_budget')}
      UNION ALL
      SELECT start_date, id, 'DIRECT_PAYMENT_AGREEMENT', status, true
             ${owned('direct_payment_agreement')}
      UNION ALL
      SELECT COALESCE(completed_date, due_date), id, 'REVIEW', reason,
             completed_date IS NOT NULL ${owned('review')}
      UNION ALL
      SELECT raised_date, id, 'SAFEGUARDING_CONCERN', affects_direct_payment::text,
             closed_date IS NOT NULL ${owned('safeguarding_concern')}
    ) AS event
    ${after}
    ORDER BY event.date DESC, event.id DESC
    LIMIT ${page.limit}`;
  return rows.map((row) => ({
    date: row.date,
    id: row.id,
    kind: row.kind,
    summary: timelineSummary(row),
  }));
}
