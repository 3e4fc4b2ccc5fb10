import type { PersonDetailField } from '@openpb/domain/code-lists/person-detail-field';
import { Prisma } from '../client.ts';

/**
 * A person detail as it was at a date, as an SQL text expression (docs/decisions.md D19; the
 * domain's `detailAsAt` in entities/person-details.ts): the latest change of the field on or
 * before the date; before every change, what the earliest change replaced; with no change
 * recorded, the person's own column (`current`, e.g. `person.postcode` or
 * `person.has_unpaid_carer::text`). A one-element array tells "no change recorded" (no row) from
 * a change to "not known" (a row whose value is null). One index probe per person
 * (person_detail_history_person_id_field_effective_from_key).
 */
export function personDetailAsAtSql(
  personId: Prisma.Sql,
  field: PersonDetailField,
  asAt: Prisma.Sql,
  current: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`(COALESCE(
    (SELECT ARRAY[CASE WHEN history.effective_from <= ${asAt}::date THEN history.value
                       ELSE history.previous_value END]
       FROM person_detail_history history
      WHERE history.person_id = ${personId} AND history.field = ${field}
      ORDER BY history.effective_from <= ${asAt}::date DESC,
               CASE WHEN history.effective_from <= ${asAt}::date THEN history.effective_from END DESC,
               history.effective_from
      LIMIT 1),
    ARRAY[(${current})::text]))[1]`;
}
