import type { RowBatch } from './row-batch.ts';

/** Where generated rows go: each batch is written in one transaction, tables in insert order. */
export interface RowWriter {
  write(batch: RowBatch): Promise<void>;
  close(): Promise<void>;
}
