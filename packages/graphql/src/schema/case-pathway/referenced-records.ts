import type { Prisma } from '@openpb/db/client';
import { NotFound } from '../../errors/not-found.ts';
import { tenantRowWhere } from '../../tenancy.ts';

/** The person an input refers to, in the caller's council, or NotFound at `path`. */
export async function referencedPerson(
  tx: Prisma.TransactionClient,
  councilId: string,
  id: string,
  path: readonly string[],
) {
  const person = await tx.person.findUnique({ where: tenantRowWhere(id, councilId) });
  if (!person) throw new NotFound('person', path);
  return person;
}

/** An active member of staff an input refers to, in the caller's council, or NotFound at `path`. */
export async function referencedStaffMember(
  tx: Prisma.TransactionClient,
  councilId: string,
  id: string,
  path: readonly string[],
) {
  const staff = await tx.staffMember.findUnique({ where: tenantRowWhere(id, councilId) });
  if (!staff?.active) throw new NotFound('staff member', path);
  return staff;
}
