import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, type PrismaClient } from '../client.ts';
import { createTestFileDatabase, type IsolatedDatabase } from '../testing/isolated-database.ts';
import { DEMO_COUNCIL, DEMO_STAFF } from './demo-council.ts';
import { type SeedSummary, seedSyntheticData } from './seed.ts';
import { TABLE_NAMES, TABLES } from './tables.ts';

/** Rows per table, as counted in the database. */
async function countRows(db: PrismaClient): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLE_NAMES) {
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${TABLES[table].sqlName}"`,
    );
    counts[table] = row?.count ?? 0;
  }
  return counts;
}

/** Rows that break an invariant, counted in SQL. */
const VIOLATIONS: Readonly<Record<string, string>> = {
  'I-1 budget arithmetic': `SELECT count(*)::int AS count FROM personal_budget
    WHERE annual_total_pence <> annual_la_contribution_pence + annual_person_contribution_pence`,
  'I-4 deployments sum to the budget': `SELECT count(*)::int AS count FROM personal_budget b
    WHERE annual_total_pence <> (SELECT sum(annual_amount_pence) FROM budget_deployment d WHERE d.budget_id = b.id)`,
  'I-2 current plan costs its budget': `SELECT count(*)::int AS count FROM personal_budget b
    WHERE b.status = 'SIGNED_OFF' AND b.annual_total_pence <> (
      SELECT sum(weekly_cost_pence) * 52 FROM support_plan_line l
      WHERE l.plan_id = b.plan_id AND l.status IN ('ACTIVE', 'PLANNED'))`,
  'I-9 net payments': `SELECT count(*)::int AS count FROM direct_payment p
    JOIN direct_payment_agreement a ON a.id = p.agreement_id
    WHERE p.net_amount_pence <> CASE a.payment_basis
      WHEN 'NET' THEN greatest(0, p.gross_amount_pence - p.contribution_deducted_pence)
      ELSE p.gross_amount_pence END`,
  'payments in match paid payments': `SELECT count(*)::int AS count FROM direct_payment p
    WHERE p.status = 'PAID' AND p.net_amount_pence > 0 AND NOT EXISTS (
      SELECT 1 FROM account_transaction t WHERE t.payment_id = p.id AND t.amount_pence = p.net_amount_pence)`,
  'ledgers never overdrawn at the end': `SELECT count(*)::int AS count FROM (
      SELECT agreement_id FROM account_transaction GROUP BY agreement_id HAVING sum(amount_pence) < 0) negative`,
  'I-15 no direct payment in prison': `SELECT count(*)::int AS count FROM support_plan_line
    WHERE service_type = 'LT_PRISON' AND delivery_mechanism = 'DIRECT_PAYMENT'`,
  'I-16 planned reviews record outcomes': `SELECT count(*)::int AS count FROM review
    WHERE reason = 'PLANNED' AND completed_date IS NOT NULL AND outcomes_achieved IS NULL`,
  'carers are linked only to service users with an unpaid carer': `SELECT count(*)::int AS count
    FROM carer_link link
    JOIN person carer ON carer.id = link.carer_person_id
    JOIN person cared_for ON cared_for.id = link.cared_for_person_id
    WHERE carer.client_type <> 'CARER' OR cared_for.client_type <> 'SERVICE_USER'
       OR cared_for.has_unpaid_carer IS NOT TRUE OR carer.council_id <> cared_for.council_id`,
  'a carer cares for 1-3 adults, at most 168 hours a week': `SELECT count(*)::int AS count FROM (
      SELECT carer_person_id FROM carer_link GROUP BY carer_person_id
      HAVING count(*) NOT BETWEEN 1 AND 3 OR sum(hours_caring_per_week_hundredths) > 16800) over`,
  'I-7 capacity and legal basis': `SELECT count(*)::int AS count FROM direct_payment_agreement a
    JOIN person p ON p.id = a.person_id
    WHERE (p.mental_capacity_for_dp = 'LACKS_CAPACITY') <> (a.legal_basis = 'S32')`,
};

describe('seeding a real database', () => {
  let viaPrisma: IsolatedDatabase;
  let viaCopy: IsolatedDatabase;
  let prismaDb: PrismaClient;
  let copyDb: PrismaClient;
  let summary: SeedSummary;

  beforeAll(async () => {
    [viaPrisma, viaCopy] = await Promise.all([createTestFileDatabase(), createTestFileDatabase()]);
    prismaDb = createDatabaseClient({ databaseUrl: viaPrisma.databaseUrl });
    copyDb = createDatabaseClient({ databaseUrl: viaCopy.databaseUrl });
    // through the Prisma client, with every foreign key and trigger checked
    summary = await seedSyntheticData(prismaDb, { scale: 'small', seed: 1 });
    // through COPY, the fast path of the command line
    await seedSyntheticData(copyDb, { scale: 'small', seed: 1, databaseUrl: viaCopy.databaseUrl });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([prismaDb?.$disconnect(), copyDb?.$disconnect()]);
    await Promise.all([viaPrisma?.drop(), viaCopy?.drop()]);
  });

  it('fills every table of the lifecycle', async () => {
    const counts = await countRows(prismaDb);
    expect(counts.council).toBe(1);
    expect(counts.person).toBe(200);
    expect(summary).toMatchObject({ councils: 1, people: 200 });
    expect(counts.personalBudget).toBe(summary.personalBudgets);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(summary.rows);
    for (const [table, count] of Object.entries(counts)) expect(count, table).toBeGreaterThan(0);
  });

  it('writes the same rows through COPY as through the client', async () => {
    expect(await countRows(copyDb)).toEqual(await countRows(prismaDb));
    const checksum = (db: PrismaClient) =>
      db.$queryRawUnsafe<{ total: number; ids: string }[]>(
        `SELECT sum(amount_pence)::int AS total, md5(string_agg(id::text, ',' ORDER BY id)) AS ids FROM account_transaction`,
      );
    expect(await checksum(copyDb)).toEqual(await checksum(prismaDb));
  });

  it('keeps the invariants in SQL', async () => {
    for (const [name, sql] of Object.entries(VIOLATIONS)) {
      for (const db of [prismaDb, copyDb]) {
        const [row] = await db.$queryRawUnsafe<{ count: number }[]>(sql);
        expect(row?.count, name).toBe(0);
      }
    }
  });

  it('links every unpaid carer to the people they care for (CLD carer fields)', async () => {
    const [row] = await prismaDb.$queryRawUnsafe<{ carers: number; linked: number }[]>(
      `SELECT count(*)::int AS carers,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM carer_link link WHERE link.carer_person_id = person.id))::int AS linked
         FROM person WHERE client_type = 'CARER'`,
    );
    expect(row?.carers).toBeGreaterThan(0);
    expect(row?.linked).toBe(row?.carers);
  });

  it('gives the council a brokerage app and delegations to it: in force, ended and revoked (D95)', async () => {
    for (const db of [prismaDb, copyDb]) {
      const [app] = await db.apiClient.findMany({ include: { organisation: true } });
      expect(app?.organisation.type).toBe('BROKERAGE');
      expect(app?.organisation.registeredByCouncilId).toBe(DEMO_COUNCIL.id);
      const delegations = await db.delegation.findMany({ orderBy: { createdAt: 'asc' } });
      expect(delegations.map((delegation) => delegation.organisationId)).toEqual(
        delegations.map(() => app?.organisationId),
      );
      expect(delegations).toHaveLength(6);
      expect(delegations.filter((delegation) => delegation.revokedAt !== null)).toHaveLength(1);
      expect(
        delegations.filter(
          (delegation) =>
            delegation.validTo !== null && delegation.validTo < new Date('2026-10-01'),
        ),
      ).toHaveLength(1);
      expect(new Set(delegations.flatMap((delegation) => delegation.scopes))).toEqual(
        new Set([
          'READ_PLAN',
          'READ_BUDGET',
          'READ_DP_LEDGER',
          'PROPOSE_PLAN',
          'MANAGE_DP_ACCOUNT',
          'SUBMIT_EVIDENCE',
        ]),
      );
    }
  });

  it('holds the spend the brokerage submitted: most awaiting review, one accepted onto the ledger, one rejected (D94)', async () => {
    const read = (db: PrismaClient) =>
      db.spendSubmission.findMany({
        orderBy: { submittedAt: 'asc' },
        include: { delegation: true, agreement: true, transaction: true, decidedBy: true },
      });
    const [viaPrismaRows, viaCopyRows] = [await read(prismaDb), await read(copyDb)];
    // the same seed gives the same spend, whichever loader wrote it
    expect(viaCopyRows.map((row) => row.id)).toEqual(viaPrismaRows.map((row) => row.id));
    for (const rows of [viaPrismaRows, viaCopyRows]) {
      expect(rows.map((row) => row.status).sort()).toEqual([
        'ACCEPTED',
        'REJECTED',
        'SUBMITTED',
        'SUBMITTED',
        'SUBMITTED',
      ]);
      for (const row of rows) {
        const { delegation, agreement } = row;
        // under a delegation in force that lets the app submit spend, on the person's active account
        expect(
          delegation.scopes.some((scope) =>
            ['SUBMIT_EVIDENCE', 'MANAGE_DP_ACCOUNT'].includes(scope),
          ),
        ).toBe(true);
        expect(delegation.revokedAt).toBeNull();
        expect(delegation.validTo === null || delegation.validTo >= new Date('2026-10-01')).toBe(
          true,
        );
        expect(row.postedDate >= delegation.validFrom).toBe(true);
        expect(row.postedDate <= new Date('2026-10-01')).toBe(true);
        expect(row.personId).toBe(delegation.personId);
        expect(row.organisationId).toBe(delegation.organisationId);
        expect(agreement).toMatchObject({ personId: row.personId, status: 'ACTIVE' });
        expect(row.amountPence).toBeLessThan(0);
        expect(row.submittedAt > row.postedDate).toBe(true);
        if (row.status === 'SUBMITTED') {
          expect(row).toMatchObject({ decidedAt: null, decidedById: null, transactionId: null });
          continue;
        }
        expect(row.decidedBy?.qualification).toBe('DP_OFFICER');
        expect((row.decidedAt ?? 0) > row.submittedAt).toBe(true);
      }
      const accepted = rows.find((row) => row.status === 'ACCEPTED');
      // its SPEND entry, as acceptSpendSubmission posts it
      expect(accepted?.transaction).toMatchObject({
        kind: 'SPEND',
        agreementId: accepted?.agreementId,
        amountPence: accepted?.amountPence,
        postedDate: accepted?.postedDate,
        counterpartyName: accepted?.counterpartyName,
        spendCategory: accepted?.spendCategory,
        evidenceRef: accepted?.evidenceRef,
        delegationId: accepted?.delegationId,
      });
      const rejected = rows.find((row) => row.status === 'REJECTED');
      expect(rejected).toMatchObject({ rejectionReason: 'DUPLICATE', transactionId: null });
    }
  });

  it('gives the demo council the staff behind the development personas', async () => {
    const staff = await prismaDb.staffMember.findMany({
      where: { councilId: DEMO_COUNCIL.id, subject: { in: DEMO_STAFF.map((s) => s.subject) } },
    });
    expect(staff.map((member) => member.name).sort()).toEqual(DEMO_STAFF.map((s) => s.name).sort());
    const caseload = await prismaDb.allocation.count({
      where: { staff: { subject: 'staff:social-worker' }, role: 'KEY_WORKER' },
    });
    expect(caseload).toBeGreaterThan(0);
  });
});
