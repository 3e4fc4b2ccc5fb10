import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, Prisma, type PrismaClient } from '../client.ts';
import { createTestFileDatabase, type IsolatedDatabase } from '../testing/isolated-database.ts';
import { recoveriesAsAtSql } from './recovery-as-at-sql.ts';

/**
 * The plan shape of recoveries as at a date (BENCHMARKS.md "recoverySummary at region scale"):
 * the per-recovery ledger sum must be an index probe on (council_id, recovery_id, posted_date),
 * not a scan of the council's ledger per recovery — which made recoverySummary take 31 s at
 * region scale. The test gives the ledger entries and statistics to plan with, and prices
 * sequential scans out to ask the planner which index serves the lateral sum: without the matching
 * index it takes another that names only council_id (e.g. the (council_id, id) key of D98) and
 * filters the council's ledger per recovery.
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
      // a council ledger of 20,000 entries over 400 recoveries, analysed: on an empty table every
      // index costs the same, and the planner may take any that names council_id (the foreign
      // keys' triggers are off for these rows only: they stand for records the test does not make)
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      await tx.$executeRaw`
        INSERT INTO account_transaction (id, council_id, agreement_id, kind, posted_date,
                                         amount_pence, counterparty_name, counterparty_type, recovery_id)
        SELECT gen_random_uuid(), ${council}::uuid, gen_random_uuid(), 'RECOVERY',
               DATE '2025-04-01' + (n % 365), -100, 'Council', 'LA',
               ('00000000-0000-4000-8000-' || lpad((n % 400)::text, 12, '0'))::uuid
          FROM generate_series(1, 20000) AS n`;
      await tx.$executeRaw`ANALYZE account_transaction`;
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
