import type { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import {
  DEFAULT_LA_POLICY,
  type LaPolicy,
  laPolicyInputSchema,
} from '@openpb/domain/entities/council-policy';
import { toDbDate } from './business-dates.ts';

/** The council's policy in force on a date (domain.md §6.7), or the defaults when it has none. */
export async function councilPolicyOn(
  tx: Prisma.TransactionClient,
  councilId: string,
  on: IsoDate,
): Promise<LaPolicy> {
  const row = await tx.councilPolicy.findFirst({
    where: { councilId, effectiveFrom: { lte: toDbDate(on) } },
    orderBy: { effectiveFrom: 'desc' },
    select: { policy: true },
  });
  if (!row) return DEFAULT_LA_POLICY;
  return laPolicyInputSchema.parse(row.policy) as LaPolicy;
}
