import type { DirectPaymentAgreementStatus } from '@openpb/domain/code-lists/direct-payment-agreement-status';
import { directPaymentAgreementTransition } from '@openpb/domain/lifecycle/direct-payment-agreement-lifecycle';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';

/**
 * Money moves only on an ACTIVE agreement (the agreement lifecycle's MOVE_MONEY); `path` is the
 * input that names the agreement.
 */
export function requireActiveAgreement(
  agreement: { readonly status: string },
  path: readonly string[] = ['input', 'agreementId'],
): void {
  allowedOrInvalidState(
    directPaymentAgreementTransition(
      agreement.status as DirectPaymentAgreementStatus,
      'MOVE_MONEY',
    ),
    path,
  );
}
