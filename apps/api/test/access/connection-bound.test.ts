import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/** Every English council with adult social care responsibilities. */
const COUNCILS = 153;
/** The test API's connections (createTenantDatabases' default poolSize). */
const CONNECTION_BOUND = 10;
/** Councils asking at the same moment. */
const WAVE = 30;

let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
});

afterAll(async () => {
  await t.close();
});

describe('connections to PostgreSQL (D18)', () => {
  it(`stay within the configured bound while ${COUNCILS} councils are served at once`, async () => {
    const councils = Array.from({ length: COUNCILS }, (_, index) => ({
      id: randomUUID(),
      laCode: `C${String(index).padStart(3, '0')}`,
      name: `Council ${index}`,
      region: 'Test',
    }));
    await t.db.council.createMany({ data: councils });
    const tokens = await Promise.all(
      councils.map(({ id }) => t.tokenFor({ councilId: id, subject: `staff:${id}` })),
    );
    // in waves, each of many councils at once (a council's first request also builds its Prisma
    // client, ~0.2 s of CPU, which would otherwise keep later requests waiting past the pool's
    // connection timeout on this 2-core machine)
    const answers = [];
    for (let start = 0; start < COUNCILS; start += WAVE) {
      answers.push(
        ...(await Promise.all(
          councils
            .slice(start, start + WAVE)
            .map((_council, index) =>
              t.graphql<{ viewer: { council: { laCode: string } } }>(
                '{ viewer { council { laCode } } }',
                { token: tokens[start + index] ?? null },
              ),
            ),
        )),
      );
    }
    expect(answers.map((answer) => answer.status)).toEqual(councils.map(() => 200));
    expect(answers.map((answer) => answer.body.data?.viewer.council)).toEqual(
      councils.map(({ laCode }) => ({ laCode })),
    );
    const [row] = await t.db.$queryRaw<{ connections: number }[]>`
      SELECT count(*)::int AS connections FROM pg_stat_activity
      WHERE usename = 'openpb_api' AND datname = current_database()`;
    expect(row?.connections).toBeGreaterThan(0);
    expect(row?.connections).toBeLessThanOrEqual(CONNECTION_BOUND);
  }, 120_000);
});
