import type { PrismaClient } from '@openpb/db/client';
import { syntheticNhsNumber } from '@openpb/domain/entities/nhs-number';

let next = 0;

/**
 * Gives the person a valid NHS number from the test range (modulus 11 check digit right), as the
 * CLD checks need; the shared fixtures' numbers are unique but not valid. Returns the person id.
 */
export async function withValidNhsNumber(db: PrismaClient, personId: string): Promise<string> {
  next += 1;
  await db.person.update({
    where: { id: personId },
    data: { nhsNumber: syntheticNhsNumber(500_000 + next) },
  });
  return personId;
}
