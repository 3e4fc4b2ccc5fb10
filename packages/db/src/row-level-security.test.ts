import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApplicationLogin } from './application-role.ts';
import { createConnectionPool, createDatabaseClient, type PrismaClient } from './client.ts';
import { rowLevelSecurityBypass } from './row-level-security-bypass.ts';
import { createTenantDatabases, type TenantDatabases } from './tenant-databases.ts';
import { createTestFileDatabase, type IsolatedDatabase } from './testing/isolated-database.ts';

const NORTH = randomUUID();
const SOUTH = randomUUID();

let database: IsolatedDatabase;
let owner: PrismaClient;
let databases: TenantDatabases;
let ownerPool: pg.Pool;

function personRow(councilId: string, laPersonId: string) {
  return {
    councilId,
    laPersonId,
    givenName: 'Test',
    familyName: 'Person',
    birthDate: new Date('1950-01-01'),
    gender: 'FEMALE',
    ethnicity: 'WHITE_BRITISH',
    postcode: 'AB1 2CD',
    clientType: 'SERVICE_USER',
    primarySupportReason: 'PHYSICAL_SUPPORT_PERSONAL_CARE',
    accommodationStatus: 'OWNER_OCCUPIER',
    mentalCapacityForDp: 'HAS_CAPACITY',
  };
}

beforeAll(async () => {
  database = await createTestFileDatabase();
  owner = createDatabaseClient({ databaseUrl: database.databaseUrl });
  ownerPool = createConnectionPool({ databaseUrl: database.databaseUrl, poolSize: 1 });
  databases = createTenantDatabases({ databaseUrl: asApplicationLogin(database.databaseUrl) });
  for (const [id, laCode] of [
    [NORTH, 'N01'],
    [SOUTH, 'S01'],
  ] as const) {
    await owner.council.create({ data: { id, laCode, name: laCode, region: 'Test' } });
    await owner.person.create({ data: personRow(id, `${laCode}-1`) });
  }
});

afterAll(async () => {
  await Promise.all([owner.$disconnect(), databases.close(), ownerPool.end()]);
  await database.drop();
});

describe('row-level security (the second wall of tenancy)', () => {
  it('puts a policy on every table that holds a council_id, and on the council table', async () => {
    const { rows } = await ownerPool.query<{ table: string; secured: boolean; policies: number }>(`
      SELECT c.relname AS table, c.relrowsecurity AS secured,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        AND (c.relname = 'council' OR EXISTS (
          SELECT FROM pg_attribute a
          WHERE a.attrelid = c.oid AND a.attname = 'council_id' AND NOT a.attisdropped))`);
    expect(rows.length).toBeGreaterThan(20);
    const unsecured = rows.filter((row) => !row.secured || row.policies === 0).map((r) => r.table);
    expect(unsecured).toEqual([]);
  });

  it("gives the API's login no way around the policies", async () => {
    expect(await rowLevelSecurityBypass(databases.outsideTenancy.pool)).toBeNull();
    expect(await rowLevelSecurityBypass(ownerPool)).toMatch(/superuser|owns/);
  });

  it("lets a council's connections read only that council's rows, with no WHERE at all", async () => {
    const north = databases.forCouncil(NORTH);
    const { rows } = await north.pool.query<{ council_id: string }>(
      'SELECT council_id FROM person',
    );
    expect(rows.map((row) => row.council_id)).toEqual([NORTH]);
    expect((await north.db.council.findMany()).map((council) => council.id)).toEqual([NORTH]);
    expect(await north.db.person.count({ where: { councilId: SOUTH } })).toBe(0);
  });

  it('shows connections that name no council no tenant row', async () => {
    const { db } = databases.outsideTenancy;
    expect(await db.person.count()).toBe(0);
    expect(await db.council.count()).toBe(0);
  });

  it("refuses to write another council's rows, and changes none of them", async () => {
    const north = databases.forCouncil(NORTH);
    await expect(north.db.person.create({ data: personRow(SOUTH, 'S01-2') })).rejects.toThrow();
    const updated = await north.db.person.updateMany({
      where: { councilId: SOUTH },
      data: { postcode: 'ZZ9 9ZZ' },
    });
    expect(updated.count).toBe(0);
    const deleted = await north.pool.query('DELETE FROM person WHERE council_id = $1', [SOUTH]);
    expect(deleted.rowCount).toBe(0);
    expect(await owner.person.count({ where: { councilId: SOUTH, postcode: 'AB1 2CD' } })).toBe(1);
  });

  it('keeps the audit log append-only and each council to its own entries', async () => {
    const north = databases.forCouncil(NORTH);
    await owner.auditLogEntry.create({
      data: {
        councilId: SOUTH,
        actorSubject: 's',
        kind: 'READ',
        operation: 'op',
        entityIds: [],
        outcome: 'OK',
      },
    });
    await north.db.auditLogEntry.create({
      data: {
        councilId: NORTH,
        actorSubject: 'n',
        kind: 'READ',
        operation: 'op',
        entityIds: [],
        outcome: 'OK',
      },
    });
    expect((await north.db.auditLogEntry.findMany()).map((entry) => entry.councilId)).toEqual([
      NORTH,
    ]);
    await expect(
      north.db.auditLogEntry.create({
        data: {
          councilId: SOUTH,
          actorSubject: 'n',
          kind: 'READ',
          operation: 'op',
          entityIds: [],
          outcome: 'OK',
        },
      }),
    ).rejects.toThrow();
    await expect(north.pool.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
  });

  it('lets the API read neither the migrations table nor write the council registry', async () => {
    const { pool } = databases.forCouncil(NORTH);
    await expect(pool.query('SELECT * FROM _prisma_migrations')).rejects.toThrow(
      /permission denied/,
    );
    await expect(pool.query("UPDATE council SET name = 'x'")).rejects.toThrow(/permission denied/);
  });

  it('refuses a council id that is not a UUID before connecting', () => {
    expect(() => databases.forCouncil("x' -c role=postgres")).toThrow(/UUID/);
  });
});
