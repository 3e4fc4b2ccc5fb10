import type { Prisma } from '@openpb/db/client';
import type { SpendSubmissionStatus } from '@openpb/domain/code-lists/spend-submission-status';
import {
  type SpendSubmissionAction,
  spendSubmissionTransition,
} from '@openpb/domain/lifecycle/spend-submission-lifecycle';
import { NotFound } from '../../errors/not-found.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { idOfType } from './direct-payment-rows.ts';

const PATH = ['input', 'submissionId'] as const;

/**
 * The submission a finance officer decides (D98), named by its global id, locked (`FOR UPDATE`)
 * so that two decisions of it serialise, with the status the domain's lifecycle gives for
 * `action`: another council's submission, an id of another type or no id at all is not found,
 * like one that does not exist; a submission already decided is an InvalidState (one decision
 * only).
 */
export async function spendSubmissionForDecision(
  tx: Prisma.TransactionClient,
  councilId: string,
  globalId: string,
  action: SpendSubmissionAction,
) {
  const key = { councilId, id: idOfType(globalId, 'SpendSubmission') };
  await tx.$executeRaw`SELECT 1 FROM spend_submission WHERE council_id = ${key.councilId}::uuid AND id = ${key.id}::uuid FOR UPDATE`;
  const submission = await tx.spendSubmission.findUnique({ where: { councilId_id: key } });
  if (!submission) throw new NotFound('spend submission', PATH);
  const { status } = allowedOrInvalidState(
    spendSubmissionTransition(submission.status as SpendSubmissionStatus, action, PATH),
    PATH,
  );
  return { submission, status };
}
