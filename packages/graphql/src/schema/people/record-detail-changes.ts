import type { Prisma } from '@openpb/db/client';
import type { PersonDetailField } from '@openpb/domain/code-lists/person-detail-field';
import type { IsoDate } from '@openpb/domain/dates';
import { type DetailChange, planDetailChange } from '@openpb/domain/entities/person-details';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { currentDetail, detailColumnUpdate } from './person-detail-columns.ts';

type PersonRow = Prisma.PersonGetPayload<object>;

/**
 * Records changes of a person's details effective from a date, in the caller's transaction: each
 * field's history row (a correction replaces the row of the same date; a backdated change slots in
 * before later ones), and the person's current value when the change governs today (D19). Returns
 * the fields that changed; a change to the value the field had then already writes nothing.
 */
export async function recordDetailChanges(
  tx: Prisma.TransactionClient,
  person: PersonRow,
  changes: readonly DetailChange[],
  effectiveFrom: IsoDate,
  recorded: { readonly bySubject: string; readonly at: Date },
): Promise<readonly PersonDetailField[]> {
  if (changes.length === 0) return [];
  const history = await tx.personDetailHistory.findMany({
    where: { personId: person.id, field: { in: changes.map((change) => change.field) } },
    select: { id: true, field: true, effectiveFrom: true, value: true, previousValue: true },
  });
  const changed: PersonDetailField[] = [];
  let columns: Prisma.PersonUncheckedUpdateInput = {};
  for (const change of changes) {
    const rows = history
      .filter((row) => row.field === change.field)
      .map((row) => ({ ...row, effectiveFrom: fromDbDate(row.effectiveFrom) }));
    const write = planDetailChange(rows, currentDetail(person, change.field), {
      effectiveFrom,
      value: change.value,
    });
    if (write === null) continue;
    changed.push(change.field);
    const row = {
      value: write.row.value,
      previousValue: write.row.previousValue,
      recordedBySubject: recorded.bySubject,
      recordedAt: recorded.at,
    };
    await tx.personDetailHistory.upsert({
      where: {
        personId_field_effectiveFrom: {
          personId: person.id,
          field: change.field,
          effectiveFrom: toDbDate(effectiveFrom),
        },
      },
      create: {
        ...row,
        councilId: person.councilId,
        personId: person.id,
        field: change.field,
        effectiveFrom: toDbDate(effectiveFrom),
      },
      update: row,
    });
    if (write.nextRow) {
      await tx.personDetailHistory.update({
        where: { id: write.nextRow.id },
        data: { previousValue: write.nextRow.previousValue },
      });
    }
    columns = { ...columns, ...detailColumnUpdate(change.field, write.currentValue) };
  }
  if (Object.keys(columns).length > 0) {
    await tx.person.update({ where: { id: person.id }, data: columns });
  }
  return changed;
}
