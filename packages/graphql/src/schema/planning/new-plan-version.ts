import type { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import { Conflict } from '../../errors/conflict.ts';
import { planContentToRows, type SupportPlanContent } from './support-plan-content.ts';

/** Who a new plan version comes from: a member of staff, or a third-party app under a delegation. */
export type PlanAuthor = { readonly preparedById: string } | { readonly delegationId: string };

/**
 * Writes a new DRAFT plan version for a person of the council (version = latest + 1, superseding
 * the approved version once approved), after the domain's checks of its content. The person may
 * have one open draft or submitted version at a time (a DUPLICATE conflict otherwise).
 */
export async function newPlanVersion(
  tx: Prisma.TransactionClient,
  councilId: string,
  personId: string,
  content: SupportPlanContent,
  author: PlanAuthor,
  today: IsoDate,
) {
  await tx.$executeRaw`SELECT 1 FROM person WHERE id = ${personId}::uuid FOR UPDATE`;
  const open = await tx.supportPlan.findFirst({
    where: { personId, status: { in: ['DRAFT', 'SUBMITTED'] } },
    select: { id: true },
  });
  if (open) {
    throw new Conflict(
      'DUPLICATE',
      'The person has an open draft or submitted plan; revise that one',
      ['input', 'personId'],
    );
  }
  const { columns, lines } = await planContentToRows(tx, councilId, personId, content, today);
  const latest = await tx.supportPlan.findFirst({
    where: { personId },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  const current = await tx.supportPlan.findFirst({
    where: { personId, status: 'APPROVED' },
    select: { id: true },
  });
  return tx.supportPlan.create({
    data: {
      ...columns,
      ...author,
      councilId,
      personId,
      version: (latest?.version ?? 0) + 1,
      status: 'DRAFT',
      supersedesId: current?.id ?? null,
      lines: { create: lines },
    },
  });
}
