import type { Progress } from './progress.ts';
import type { RowBatch } from './row-batch.ts';
import type { RowWriter } from './row-writer.ts';

/**
 * Keeps one batch being written while the next is generated, so that generation (in Node) and
 * loading (in PostgreSQL) overlap; at most two batches are in memory.
 */
export class BatchPipeline {
  #inFlight: Promise<void> = Promise.resolve();
  readonly #writer: RowWriter;
  readonly #progress: Progress;

  constructor(writer: RowWriter, progress: Progress) {
    this.#writer = writer;
    this.#progress = progress;
  }

  /** Waits for the previous batch, then starts writing this one. */
  async submit(batch: RowBatch, people: number): Promise<void> {
    await this.#inFlight;
    const writing = this.#writer
      .write(batch)
      .then(() => this.#progress.advance(people, batch.count));
    // handled when awaited by the next submit or drain; this stops an early "unhandled" report
    writing.catch(() => {});
    this.#inFlight = writing;
  }

  drain(): Promise<void> {
    return this.#inFlight;
  }
}
