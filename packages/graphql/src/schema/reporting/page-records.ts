/** Records keyed by id, loaded for a whole page in one query. */
export type RecordsById<T> = ReadonlyMap<string, T>;

/**
 * The caller's council's records of one model named on a page, in ONE query (never one per row),
 * keyed by id. Ids that are null (a row without that relation) are skipped.
 */
export async function pageRecords<T extends { id: string }>(
  ids: readonly (string | null)[],
  findMany: (where: { id: { in: string[] }; councilId: string }) => Promise<T[]>,
  councilId: string,
): Promise<RecordsById<T>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await findMany({ id: { in: wanted }, councilId });
  return new Map(rows.map((row) => [row.id, row]));
}

/** The record of a row; the page loaded it from the same council, so it is there. */
export function recordOf<T>(records: RecordsById<T>, id: string): T {
  const record = records.get(id);
  if (!record) throw new Error('A report row refers to a record its page did not load');
  return record;
}
