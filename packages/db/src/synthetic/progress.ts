import { SingleBar } from 'cli-progress';

export type ProgressMode = 'bar' | 'silent';

export interface Progress {
  advance(count: number): void;
  finish(): void;
}

/** A terminal progress bar on stderr, or nothing (tests). */
export function createProgress(mode: ProgressMode, total: number, unit: string): Progress {
  if (mode === 'silent') return { advance: () => {}, finish: () => {} };
  const bar = new SingleBar({
    format: `  seeding [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted} elapsed, eta {eta_formatted}`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    hideCursor: true,
  });
  bar.start(total, 0);
  return {
    advance: (count) => bar.increment(count),
    finish: () => bar.stop(),
  };
}
