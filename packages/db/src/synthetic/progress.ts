import { SingleBar } from 'cli-progress';

export type ProgressMode = 'bar' | 'silent';

export interface Progress {
  /** `people` more people written, with `rows` rows in all tables. */
  advance(people: number, rows: number): void;
  finish(): void;
}

/** A terminal progress bar on stderr with people done and rows per second, or nothing (tests). */
export function createProgress(mode: ProgressMode, totalPeople: number): Progress {
  if (mode === 'silent') return { advance: () => {}, finish: () => {} };
  const bar = new SingleBar({
    format:
      '  seeding [{bar}] {percentage}% | {value}/{total} people | {rows} rows, {rowsPerSecond} rows/s | {duration_formatted} elapsed, eta {eta_formatted}',
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    hideCursor: true,
  });
  const started = performance.now();
  let rows = 0;
  bar.start(totalPeople, 0, { rows: 0, rowsPerSecond: 0 });
  return {
    advance: (people, written) => {
      rows += written;
      const seconds = (performance.now() - started) / 1000;
      bar.increment(people, {
        rows: rows.toLocaleString('en-GB'),
        rowsPerSecond: Math.round(rows / Math.max(seconds, 0.001)).toLocaleString('en-GB'),
      });
    },
    finish: () => bar.stop(),
  };
}
