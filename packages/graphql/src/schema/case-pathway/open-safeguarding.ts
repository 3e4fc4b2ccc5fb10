import type { Prisma } from '@openpb/db/client';

/** Whether the person has a safeguarding concern that is not closed (I-6). */
export async function hasOpenSafeguardingConcern(
  tx: Prisma.TransactionClient,
  councilId: string,
  personId: string,
): Promise<boolean> {
  const open = await tx.safeguardingConcern.findFirst({
    where: { councilId, personId, closedDate: null },
    select: { id: true },
  });
  return open !== null;
}
