import { parseArgs } from 'node:util';
import { asApplicationLogin, ensureApplicationLogin } from '@openpb/db/application-role';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { startApi } from './api-process.ts';
import { startIdentityProvider } from './jwks-server.ts';
import { cpuMilliseconds, peakMemoryMiB, residentMemoryMiB } from './process-stats.ts';

// Streams the demo council's CLD export (GET /exports/cld.csv) from the built API in production
// mode against the seeded database in DATABASE_URL (as the owner of its tables), and reports the
// rate in rows per second, window by window, and the API process's memory while it streams
// (each period several times in a row):
//   pnpm --filter @openpb/api build
//   DATABASE_URL=… pnpm --filter @openpb/bench export-rate [--rounds 5]
const PERIODS = [
  { name: 'financial year 2025-26', from: '2025-04-01', to: '2026-03-31' },
  { name: 'all of the synthetic history', from: '2023-04-01', to: '2026-09-30' },
] as const;
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { rounds: { type: 'string', default: '5' } },
});
/** Each period is exported this many times in a row, to see whether memory grows between them. */
const rounds = Number(args.rounds);
const SAMPLE_MS = 50;
/** The rate is reported per window of this length. */
const WINDOW_MS = 250;

interface Sample {
  readonly atMs: number;
  readonly rows: number;
  readonly residentMiB: number;
}

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL');
await ensureApplicationLogin(databaseUrl);
const identity = await startIdentityProvider();
const api = await startApi({
  databaseUrl: asApplicationLogin(databaseUrl),
  tenancyKey: await readTenancyKey(databaseUrl),
  identity,
});
const baseUrl = api.url.replace(/\/graphql$/, '');

/** Streams one export, counting CSV lines as they arrive and sampling the API's memory. */
async function streamExport(period: (typeof PERIODS)[number]) {
  const cpuBefore = cpuMilliseconds(api.pid);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/exports/cld.csv?from=${period.from}&to=${period.to}`, {
    headers: { authorization: `Bearer ${identity.token}` },
  });
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  const firstByteMs = performance.now() - started;
  let lines = 0;
  let bytes = 0;
  let firstRowMs = Number.NaN;
  const samples: Sample[] = [];
  const sample = () =>
    samples.push({
      atMs: performance.now() - started,
      rows: Math.max(lines - 1, 0),
      residentMiB: residentMemoryMiB(api.pid),
    });
  const sampler = setInterval(sample, SAMPLE_MS);
  const reader = response.body.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      // the export's fields hold no line breaks, so each one ends a row (the first, the header)
      for (const byte of chunk.value) if (byte === 0x0a) lines += 1;
      if (lines > 1 && Number.isNaN(firstRowMs)) firstRowMs = performance.now() - started;
    }
  } finally {
    clearInterval(sampler);
  }
  sample();
  return {
    rows: lines - 1,
    bytes,
    seconds: (performance.now() - started) / 1000,
    firstByteMs,
    firstRowMs,
    cpuMs: cpuMilliseconds(api.pid) - cpuBefore,
    samples,
  };
}

/** Rows per second in each whole window of the stream, from its first row on. */
function windowRates(samples: readonly Sample[], firstRowMs: number): number[] {
  const rates: number[] = [];
  let previous = samples.findLast((s) => s.atMs <= firstRowMs)?.rows ?? 0;
  for (let end = firstRowMs + WINDOW_MS; ; end += WINDOW_MS) {
    const atEnd = samples.findLast((s) => s.atMs <= end);
    if (!atEnd || samples.every((s) => s.atMs < end)) return rates;
    rates.push(((atEnd.rows - previous) * 1000) / WINDOW_MS);
    previous = atEnd.rows;
  }
}

const thousands = (value: number) => `${(value / 1000).toFixed(1)}k`;

try {
  console.log(`API ${api.pid}, resident ${residentMemoryMiB(api.pid).toFixed(0)} MiB at start`);
  console.log(
    `| period | rows | MiB | s | rows/s | first byte / first row ms | rows/s per ${WINDOW_MS} ms after the first row (min / median / max) | API RSS MiB (start / max / end) | API CPU s |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---|---|---:|');
  for (const period of PERIODS.flatMap((each) => Array<typeof each>(rounds).fill(each))) {
    const run = await streamExport(period);
    const rates = windowRates(run.samples, run.firstRowMs);
    const sorted = [...rates].sort((a, b) => a - b);
    const resident = run.samples.map((s) => s.residentMiB);
    console.log(
      `| ${period.name} (${period.from}–${period.to}) | ${run.rows.toLocaleString('en-GB')} | ${(run.bytes / 2 ** 20).toFixed(1)} | ${run.seconds.toFixed(1)} | ${Math.round(run.rows / run.seconds).toLocaleString('en-GB')} | ${run.firstByteMs.toFixed(0)} / ${run.firstRowMs.toFixed(0)} | ${thousands(sorted[0] ?? 0)} / ${thousands(sorted[Math.floor(sorted.length / 2)] ?? 0)} / ${thousands(sorted.at(-1) ?? 0)} | ${resident[0]?.toFixed(0)} / ${Math.max(...resident).toFixed(0)} / ${resident.at(-1)?.toFixed(0)} | ${(run.cpuMs / 1000).toFixed(1)} |`,
    );
    console.log(`  rows/s in each window: ${rates.map(thousands).join(', ')}`);
  }
  console.log(`API peak RSS over the run (VmHWM): ${peakMemoryMiB(api.pid).toFixed(0)} MiB`);
} finally {
  await api.stop();
  await identity.close();
}
