import type { Prisma } from '@openpb/db/client';
import { NotFound } from '../../errors/not-found.ts';
import { idOfType } from './direct-payment-rows.ts';

/** The id of a line of one of the person's support plans, or NotFound at `matchedPlanLineId`. */
export async function planLineOfPerson(
  tx: Prisma.TransactionClient,
  councilId: string,
  personId: string,
  globalId: string,
): Promise<string> {
  const line = await tx.supportPlanLine.findFirst({
    where: {
      id: idOfType(globalId, 'SupportPlanLine'),
      councilId,
      plan: { personId },
    },
    select: { id: true },
  });
  if (!line) throw new NotFound('support plan line', ['input', 'matchedPlanLineId']);
  return line.id;
}
