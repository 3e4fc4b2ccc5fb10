import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, Prisma, type PrismaClient } from '../client.ts';
import { createTestFileDatabase, type IsolatedDatabase } from '../testing/isolated-database.ts';
import { recoveriesAsAtSql } from './recovery-as-at-sql.ts';

/**
 * The plan shape of recoveries as at a date (BENCHMARKS.md "recoverySummary at region scale"):
 * the per-recovery ledger sum must be an index probe on (council_id, recovery_id, posted_date),
 * not a scan of the council's ledger per recovery — which made recoverySummary take 31 s at
 * region scale. The test database is tiny, so sequential scans are priced out to ask the planner
 * which index serves the lateral sum; without a matching index it has none to name.
 */
let database: IsolatedDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestFileDatabase();
  db = createDatabaseClient({ databaseUrl: database.databaseUrl });
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

describe('recoveriesAsAtSql plan', () => {
  it('sums each recovery’s ledger entries through the (council, recovery, posted date) index', async () => {
    const council = '0190a7c0-0000-7000-8000-000000000001';
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const [row] = await tx.$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
        Prisma.sql`EXPLAIN (FORMAT JSON) ${recoveriesAsAtSql(council, '2026-03-31')}`,
      );
      if (!row) throw new Error('no plan');
      return row['QUERY PLAN'][0].Plan;
    });
    const ledger = nodesOf(plan).filter((node) => node['Relation Name'] === 'account_transaction');
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({
      'Index Name': 'account_transaction_council_id_recovery_id_posted_date_idx',
    });
    expect(ledger[0]?.['Index Cond']).toMatch(/recovery_id = recovery\.id/);
    expect(ledger[0]?.['Index Cond']).toMatch(/posted_date <=/);
  });
});
