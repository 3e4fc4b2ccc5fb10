import { createHmac, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApplicationLogin } from './application-role.ts';
import { createConnectionPool, createDatabaseClient, type PrismaClient } from './client.ts';
import { poolConfigFromUrl } from './connection-config.ts';
import { rowLevelSecurityBypass } from './row-level-security-bypass.ts';
import { readTenancyKey } from './tenancy-key.ts';
import { createTenantDatabases, type TenantDatabases } from './tenant-databases.ts';
import { createTestFileDatabase, type IsolatedDatabase } from './testing/isolated-database.ts';

const NORTH = randomUUID();
const SOUTH = randomUUID();

let database: IsolatedDatabase;
let owner: PrismaClient;
let databases: TenantDatabases;
let ownerPool: pg.Pool;
let tenancyKey: string;
/** One connection for every council: what one council leaves on it, the next one meets. */
let single: TenantDatabases;

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
  tenancyKey = await readTenancyKey(database.databaseUrl);
  const applicationUrl = asApplicationLogin(database.databaseUrl);
  databases = createTenantDatabases({ databaseUrl: applicationUrl, tenancyKey });
  single = createTenantDatabases({ databaseUrl: applicationUrl, tenancyKey, poolSize: 1 });
  for (const [id, laCode] of [
    [NORTH, 'N01'],
    [SOUTH, 'S01'],
  ] as const) {
    await owner.council.create({ data: { id, laCode, name: laCode, region: 'Test' } });
    await owner.person.create({ data: personRow(id, `${laCode}-1`) });
  }
});

afterAll(async () => {
  await Promise.all([owner.$disconnect(), databases.close(), single.close(), ownerPool.end()]);
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

/** A raw connection as the API's login, outside the API's pools. */
async function withLoginConnection<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(poolConfigFromUrl(asApplicationLogin(database.databaseUrl)));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const FORGED_SESSION_TABLE =
  'CREATE TEMPORARY TABLE openpb_session (council_id uuid, outside_tenancy boolean, challenge text)';

function proof(key: string, serves: string, challenge: string): string {
  return createHmac('sha256', Buffer.from(key, 'hex'))
    .update(`${serves}:${challenge}`)
    .digest('hex');
}

async function councilsSeen(client: pg.ClientBase | pg.Pool): Promise<string[]> {
  const { rows } = await client.query<{ council_id: string }>(
    'SELECT DISTINCT council_id FROM person ORDER BY council_id',
  );
  return rows.map((row) => row.council_id);
}

describe("the second wall against SQL on the API's own connections", () => {
  it('ignores the council setting, however it is set or reset', async () => {
    const client = await databases.forCouncil(NORTH).pool.connect();
    try {
      await client.query("SELECT set_config('openpb.council_id', $1, false)", [SOUTH]);
      expect(await councilsSeen(client)).toEqual([NORTH]);
      await client.query(`SET openpb.council_id = '${SOUTH}'`);
      expect(await councilsSeen(client)).toEqual([NORTH]);
      await client.query('BEGIN');
      await client.query(`SET LOCAL openpb.council_id = '${SOUTH}'`);
      expect(await councilsSeen(client)).toEqual([NORTH]);
      await client.query('COMMIT');
      await client.query('RESET ALL');
      expect(await councilsSeen(client)).toEqual([NORTH]);
      await client.query('SET ROLE openpb_app');
      expect(await councilsSeen(client)).toEqual([NORTH]);
      await client.query('RESET ROLE');
      await expect(client.query('SET ROLE postgres')).rejects.toThrow(/permission denied/);
      await expect(client.query('SET SESSION AUTHORIZATION postgres')).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      client.release(true);
    }
  });

  it('refuses guessed, forged and replayed proofs', async () => {
    const client = await databases.forCouncil(NORTH).pool.connect();
    try {
      const challenge = (await client.query('SELECT openpb_session_challenge() AS c')).rows[0].c;
      const enter = (proofText: string) =>
        client.query('SELECT openpb_enter_council($1, $2)', [SOUTH, proofText]);
      await expect(enter('0'.repeat(64))).rejects.toThrow(/tenancy proof refused/);
      await expect(enter(proof('00'.repeat(32), SOUTH, challenge))).rejects.toThrow(/refused/);
      // the right key, but the proof answers another council, or a challenge of the past
      await expect(enter(proof(tenancyKey, NORTH, challenge))).rejects.toThrow(/refused/);
      expect(await councilsSeen(client)).toEqual([NORTH]);
      // (only the key's holder can make this one: the test plays the API here)
      const valid = proof(tenancyKey, SOUTH, challenge);
      await enter(valid);
      expect(await councilsSeen(client)).toEqual([SOUTH]);
      await expect(enter(valid)).rejects.toThrow(/refused/);
      // nor does a proof answer another session's challenge
      await withLoginConnection(async (other) => {
        await other.query('SELECT openpb_session_challenge()');
        await expect(
          other.query('SELECT openpb_enter_council($1, $2)', [SOUTH, valid]),
        ).rejects.toThrow(/refused/);
        expect(await councilsSeen(other)).toEqual([]);
      });
    } finally {
      client.release(true); // it serves SOUTH behind the pool's back: not reused
    }
  });

  it('keeps the key and the session state out of reach', async () => {
    const { pool } = databases.forCouncil(NORTH);
    await expect(pool.query('SELECT * FROM tenancy_key')).rejects.toThrow(/permission denied/);
    await expect(pool.query("SELECT openpb_tenancy_hmac('x')")).rejects.toThrow(
      /permission denied/,
    );
    await expect(pool.query('SELECT * FROM pg_temp.openpb_session')).rejects.toThrow(
      /permission denied/,
    );
    await expect(pool.query('UPDATE pg_temp.openpb_session SET council_id = NULL')).rejects.toThrow(
      /permission denied/,
    );
    await expect(pool.query('DROP TABLE pg_temp.openpb_session')).rejects.toThrow(/owner/);
    await withLoginConnection(async (client) => {
      // the login cannot make a session table of its own (D110)
      await expect(client.query(FORGED_SESSION_TABLE)).rejects.toThrow(/permission denied/);
      // and a session that asked for no challenge has none: it reads no tenant row at all
      await expect(councilsSeen(client)).rejects.toThrow(/openpb_session/);
    });
  });

  for (const grantee of ['PUBLIC', 'openpb_app']) {
    it(`serves nothing while ${grantee} may make temporary tables (a database restored without its privileges)`, async () => {
      const databaseName = new URL(database.databaseUrl).pathname.slice(1);
      const north = databases.forCouncil(NORTH);
      expect(await councilsSeen(north.pool)).toEqual([NORTH]);
      await ownerPool.query(`GRANT TEMPORARY ON DATABASE "${databaseName}" TO ${grantee}`);
      try {
        // a connection that proved its council before keeps it: its session table is the owner's
        expect(await councilsSeen(north.pool)).toEqual([NORTH]);
        await withLoginConnection(async (client) => {
          await expect(client.query('SELECT openpb_session_challenge()')).rejects.toThrow(
            /may create temporary tables/,
          );
          // a session table of the login's own making counts for nothing
          await client.query(FORGED_SESSION_TABLE);
          await client.query("INSERT INTO pg_temp.openpb_session VALUES ($1, true, 'x')", [SOUTH]);
          expect(await councilsSeen(client)).toEqual([]);
          expect((await client.query('SELECT openpb_current_council() AS c')).rows[0].c).toBeNull();
        });
      } finally {
        await ownerPool.query(`REVOKE TEMPORARY ON DATABASE "${databaseName}" FROM ${grantee}`);
      }
      expect(await councilsSeen(north.pool)).toEqual([NORTH]);
    });
  }

  it('leaves nothing of one council on a connection for the next', async () => {
    const north = single.forCouncil(NORTH);
    const client = await north.pool.connect();
    await client.query('PREPARE leak AS SELECT council_id FROM person');
    await client.query('SET search_path = pg_temp, public');
    await client.query('DECLARE kept CURSOR WITH HOLD FOR SELECT council_id FROM public.person');
    client.release();
    // the same connection (the pool has one), now serving SOUTH
    const south = await single.forCouncil(SOUTH).pool.connect();
    try {
      expect(south).toBe(client);
      await expect(south.query('EXECUTE leak')).rejects.toThrow(/does not exist/);
      await expect(south.query('FETCH ALL FROM kept')).rejects.toThrow(/does not exist/);
      expect((await south.query('SHOW search_path')).rows[0].search_path).not.toMatch(/^pg_temp/);
      expect(await councilsSeen(south)).toEqual([SOUTH]);
    } finally {
      south.release(true);
    }
  });

  it('does not hand a connection left inside a transaction to the next council', async () => {
    const client = await single.forCouncil(NORTH).pool.connect();
    await client.query('BEGIN');
    client.release();
    const next = await single.forCouncil(SOUTH).pool.connect();
    try {
      expect(next).not.toBe(client);
      expect(
        (await next.query('SELECT now() = statement_timestamp() AS fresh')).rows[0].fresh,
      ).toBe(true);
    } finally {
      next.release();
    }
  });

  it('answers the sign-in look-up only on connections that proved they serve sign-in', async () => {
    const organisation = await owner.organisation.create({ data: { type: 'BROKER', name: 'B' } });
    await owner.apiClient.create({
      data: {
        councilId: SOUTH,
        organisationId: organisation.id,
        clientId: 'south-app',
        secretHash: 'scrypt$hash',
        name: 'App',
      },
    });
    const lookUp = "SELECT secret_hash FROM openpb_api_client_for_sign_in('south-app')";
    expect((await databases.outsideTenancy.pool.query(lookUp)).rows).toHaveLength(1);
    expect((await databases.forCouncil(NORTH).pool.query(lookUp)).rows).toEqual([]);
    await withLoginConnection(async (client) => {
      expect((await client.query(lookUp)).rows).toEqual([]);
      // a connection that proved nothing reads nothing: its statements on tenant tables fail
      await expect(client.query('SELECT * FROM api_client')).rejects.toThrow(/openpb_session/);
    });
  });

  it('holds every council within one bounded pool', async () => {
    const councils = Array.from({ length: 153 }, () => randomUUID());
    await owner.council.createMany({
      data: councils.map((id, index) => ({ id, laCode: `B${index}`, name: 'B', region: 'Test' })),
    });
    const bounded = createTenantDatabases({
      databaseUrl: asApplicationLogin(database.databaseUrl),
      tenancyKey,
      poolSize: 5,
      councilClients: 20,
    });
    try {
      const seen = await Promise.all(
        councils.map(async (id) => (await bounded.forCouncil(id).db.council.findMany())[0]?.id),
      );
      expect(seen).toEqual(councils);
      const { rows } = await ownerPool.query<{ connections: number }>(
        `SELECT count(*)::int AS connections FROM pg_stat_activity
         WHERE usename = 'openpb_api' AND datname = current_database()`,
      );
      // the other pools of this file hold at most 10 + 1
      expect(rows[0]?.connections).toBeLessThanOrEqual(5 + 11);
    } finally {
      await bounded.close();
    }
  });
});
