import { TABLE_NAMES, type TableName, type TableRows } from './tables.ts';

/** Rows of every table gathered for one write, kept per table in the order they were added. */
export class RowBatch {
  readonly rows: { [T in TableName]: TableRows[T][] };
  #count = 0;

  constructor() {
    this.rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as {
      [T in TableName]: TableRows[T][];
    };
  }

  add<T extends TableName>(table: T, row: TableRows[T]): void {
    this.rows[table].push(row);
    this.#count += 1;
  }

  /** Rows in the batch, over all tables. */
  get count(): number {
    return this.#count;
  }
}
