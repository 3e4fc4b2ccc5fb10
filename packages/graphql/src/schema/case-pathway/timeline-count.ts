import { Prisma, type PrismaClient } from '@openpb/db/client';
import { tableOf } from '../model-table.ts';
import { TIMELINE_EVENT_KINDS } from './timeline-event-kinds.ts';

/**
 * How many entries a person's timeline has: the sum of one count per table of the record (each
 * through its person index), the `totalCount` of `Person.timeline`.
 */
export async function timelineCount(
  db: PrismaClient,
  scope: { readonly councilId: string; readonly personId: string },
): Promise<number> {
  const counts = Object.values(TIMELINE_EVENT_KINDS).map(({ typename }) => {
    const table = tableOf(typename);
    return Prisma.sql`(SELECT count(*) FROM ${table.name}
       WHERE ${table.column('councilId')} = ${scope.councilId}::uuid
         AND ${table.column('personId')} = ${scope.personId}::uuid)`;
  });
  const [row] = await db.$queryRaw<{ total: bigint }[]>(
    Prisma.sql`SELECT ${Prisma.join(counts, ' + ')} AS total`,
  );
  return Number(row?.total ?? 0);
}
