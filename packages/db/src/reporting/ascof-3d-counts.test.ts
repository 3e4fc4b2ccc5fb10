import type { AscofServiceEvent } from '@openpb/domain/reporting/ascof-3d-people';
import { ascof3dCrossCounts as domainCrossCounts } from '@openpb/domain/reporting/ascof-3d-people';
import { ASCOF_WORKED_EXAMPLES } from '@openpb/domain/reporting/ascof-3d-test-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, Prisma, type PrismaClient } from '../client.ts';
import { createTestFileDatabase, type IsolatedDatabase } from '../testing/isolated-database.ts';
import { ascof3dCrossCountsOf } from './ascof-3d-counts.ts';

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

/** The events as the rows of a source (the inverse of what the council's source selects). */
function sourceOf(events: readonly AscofServiceEvent[]): Prisma.Sql {
  const rows = events.map((event) => ({
    person_id: event.personId,
    record_id: event.recordId,
    client_type: event.clientType,
    birth_date: event.birthDate,
    death_date: event.deathDate,
    service_type: event.serviceType,
    service_component: event.serviceComponent,
    delivery_mechanism: event.deliveryMechanism,
    start_date: event.startDate,
    end_date: event.endDate,
  }));
  return Prisma.sql`
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS event(
      person_id text, record_id text, client_type text, birth_date date, death_date date,
      service_type text, service_component text, delivery_mechanism text, start_date date,
      end_date date)`;
}

describe('ASCOF 3D in SQL agrees with the domain on every worked example', () => {
  it.each(ASCOF_WORKED_EXAMPLES.map((example) => [example.rule, example] as const))(
    '%s',
    async (_rule, example) => {
      const found = await ascof3dCrossCountsOf(db, sourceOf(example.events), example.period);
      expect(found).toEqual(example.expected);
      expect(found).toEqual(domainCrossCounts(example.events, example.period));
    },
  );

  it('agrees on all the year-end examples together', async () => {
    const period = { snapshot: '2025-03-31', yearStart: '2024-04-01' };
    const events = ASCOF_WORKED_EXAMPLES.flatMap((example) => example.events);
    const found = await ascof3dCrossCountsOf(db, sourceOf(events), period);
    expect(found.length).toBeGreaterThan(5);
    expect(found).toEqual(domainCrossCounts(events, period));
  });
});
