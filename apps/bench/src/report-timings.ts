import { createApi } from '@openpb/api/yoga';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { createTenantDatabases } from '@openpb/db/tenant-databases';

// Times each council report through the real GraphQL stack (in process, no HTTP) against the
// database in DATABASE_URL, as a team manager of the demo council:
//   DATABASE_URL=… pnpm --filter @openpb/bench report-timings
const REPORTS: Record<string, string> = {
  ascof3d:
    '{ ascof3d(snapshotDate: "2026-03-31") { part1a { dhsc { age65AndOver { numerator denominator } } } } }',
  councilSummary: '{ councilSummary(asOf: "2026-09-30") { committedPence } }',
  reviewsOverdue: '{ reviewsOverdue(first: 100) { edges { node { daysOverdue } } } }',
  directPaymentSurpluses:
    '{ directPaymentSurpluses(first: 100) { edges { node { recoverablePence } } } }',
  recoverySummary: '{ recoverySummary { byStatus { status recoveries } } }',
  waitingTimes:
    '{ waitingTimes(from: "2025-04-01", to: "2026-03-31") { requestToAssessment { medianDays } } }',
  caseloadByQualification: '{ caseloadByQualification { qualification openCases } }',
  complexCasesWithoutQualifiedWorker:
    '{ complexCasesWithoutQualifiedWorker(first: 100) { edges { node { __typename } } } }',
  cldDataQuality:
    '{ cldDataQuality(from: "2025-04-01", to: "2026-03-31", first: 100) { edges { node { field } } } }',
  cldDataQualitySummary:
    '{ cldDataQualitySummary(from: "2025-04-01", to: "2026-03-31") { events failingEvents rules { failures } } }',
  outcomesAtReview:
    '{ outcomesAtReview(from: "2025-04-01", to: "2026-03-31") { total { fullyMet } byReason { reason } } }',
  recoveries: '{ recoveries(first: 100) { edges { node { __typename } } } }',
  cldSubmissionReadiness:
    '{ cldSubmissionReadiness(from: "2025-04-01", to: "2026-03-31") { canSubmit errors warnings blockedBy { field rule failures } } }',
};

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL');
const databases = createTenantDatabases({
  databaseUrl,
  poolSize: 4,
  tenancyKey: await readTenancyKey(databaseUrl),
});
const api = createApi({
  databases,
  production: true,
  rateLimitPerMinute: 1_000_000,
  verifyToken: async () => ({
    subject: 'staff:team-manager',
    councilId: DEMO_COUNCIL.id,
    roles: ['TEAM_MANAGER'],
  }),
});

async function run(query: string): Promise<number> {
  const started = performance.now();
  const response = await api.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
}

console.log('| report | median ms (5 runs, after 1 warm-up) | max ms |');
console.log('|---|---:|---:|');
for (const [name, query] of Object.entries(REPORTS)) {
  try {
    await run(query);
    const times = [];
    for (let i = 0; i < 5; i++) times.push(await run(query));
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${times[2]?.toFixed(0)} | ${times[4]?.toFixed(0)} |`);
  } catch (error) {
    console.log(`| ${name} | failed: ${(error as Error).message.slice(0, 120)} | |`);
  }
}
await databases.close();
