import { cldEventPage } from '@openpb/db/reporting/cld-event-page';
import type { CldEventsWhere } from '@openpb/db/reporting/cld-events-sql';
import type { ReportSql } from '@openpb/db/reporting/sql-client';
import { isCode } from '@openpb/domain/code-lists/code-list';
import { EventType } from '@openpb/domain/code-lists/event-type';
import type { CldSubmission } from '@openpb/domain/reporting/cld-event';
import {
  CLD_QUALITY_RULES,
  type CldQualityFailure,
  cldQualityFailures,
} from '@openpb/domain/reporting/cld-quality-rules';
import { CLD_FIELDS, type CldField } from '@openpb/domain/reporting/cld-row';
import { GraphQLError } from 'graphql';

/** Each field has one rule, so a field names a position in the rule order. */
function ruleIndexOf(field: CldField): number {
  return CLD_QUALITY_RULES.findIndex((rule) => rule.field === field);
}

/** Events read per query while looking for failures. */
const EVENT_BATCH = 1000;

interface FailurePosition {
  readonly eventType: CldQualityFailure['eventType'];
  readonly eventReference: string;
  readonly field: CldField;
}

export function encodeFailureCursor(failure: FailurePosition): string {
  return Buffer.from(`${failure.eventType}|${failure.eventReference}|${failure.field}`).toString(
    'base64url',
  );
}

function decodeFailureCursor(cursor: string): FailurePosition {
  const [eventType = '', eventReference = '', field = ''] = Buffer.from(cursor, 'base64url')
    .toString('utf8')
    .split('|');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (
    !isCode(EventType, eventType) ||
    !uuid.test(eventReference) ||
    !(CLD_FIELDS as readonly string[]).includes(field)
  ) {
    throw new GraphQLError('The cursor is not one this list gave out');
  }
  return { eventType, eventReference, field: field as CldField };
}

/**
 * The failures after a cursor, in event order then rule order: events are read from PostgreSQL in
 * keyset batches and checked by the domain's rules until one more failure than the page needs is
 * found, so memory stays bounded by the batch and the page, never by the council.
 */
export async function cldDataQualityPage(
  db: ReportSql,
  where: CldEventsWhere,
  submission: CldSubmission,
  page: { readonly first: number; readonly after: string | null },
): Promise<{ failures: CldQualityFailure[]; hasNextPage: boolean }> {
  const start = page.after ? decodeFailureCursor(page.after) : null;
  const failures: CldQualityFailure[] = [];
  let position: { eventType: CldQualityFailure['eventType']; eventReference: string } | null =
    start;
  let inclusive = start !== null;
  for (;;) {
    const events = await cldEventPage(db, where, {
      after: position,
      inclusive,
      limit: EVENT_BATCH,
    });
    for (const event of events) {
      let found = cldQualityFailures(event, submission);
      if (start && event.eventReference === start.eventReference) {
        // the rest of the event the cursor points into: rules after the cursor's
        found = found.filter((failure) => ruleIndexOf(failure.field) > ruleIndexOf(start.field));
      }
      failures.push(...found);
      if (failures.length > page.first) {
        return { failures: failures.slice(0, page.first), hasNextPage: true };
      }
    }
    const last = events.at(-1);
    if (!last || events.length < EVENT_BATCH) return { failures, hasNextPage: false };
    position = last;
    inclusive = false;
  }
}
