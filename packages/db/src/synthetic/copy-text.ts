import { TABLES, type TableName, type TableRows } from './tables.ts';

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;
}

/** A text[] value in COPY text format: an array literal, `{"READ_PLAN","READ_BUDGET"}`. */
export function copyTextArray(items: readonly string[]): string {
  const quoted = items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return escapeText(`{${quoted.join(',')}}`);
}

/** One value in PostgreSQL's COPY text format (`\N` is NULL; JSON columns are serialised). */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return escapeText(value);
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      return escapeText(JSON.stringify(value));
  }
}

/** The rows of a table as COPY text lines, in chunks of `chunkRows` rows. */
export function* copyTextChunks<T extends TableName>(
  table: T,
  rows: readonly TableRows[T][],
  chunkRows = 2_000,
): Generator<string> {
  const { fields, textArrays } = TABLES[table];
  for (let start = 0; start < rows.length; start += chunkRows) {
    let chunk = '';
    for (const row of rows.slice(start, start + chunkRows)) {
      const record: Record<string, unknown> = row;
      let line = '';
      for (let index = 0; index < fields.length; index++) {
        const field = fields[index] as string;
        const value = record[field];
        const text =
          textArrays.has(field) && Array.isArray(value) ? copyTextArray(value) : copyValue(value);
        line += index === 0 ? text : `\t${text}`;
      }
      chunk += `${line}\n`;
    }
    yield chunk;
  }
}
