import type { Prisma } from '@openpb/db/client';
import type { GraphQLContext } from '../context.ts';
import { Forbidden } from '../errors/forbidden.ts';

/** The staff record of the signed-in caller, in their council; staff actions need one. */
export async function actingStaff(tx: Prisma.TransactionClient, context: GraphQLContext) {
  const staff = await tx.staffMember.findUnique({
    where: {
      councilId_subject: { councilId: context.viewer.councilId, subject: context.viewer.subject },
    },
  });
  if (!staff?.active) throw new Forbidden('You have no active staff record in this council');
  return staff;
}
