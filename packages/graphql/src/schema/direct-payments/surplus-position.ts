import type { Pence } from '@openpb/domain/money';
import { recoverablePence, surplusPence } from '@openpb/domain/rules/surplus-recovery';
import {
  type AgreementWeeklyAmounts,
  agreementContingencyAllowancePence,
} from './agreement-amounts.ts';

/** I-12 on a DP account at a closing balance. */
export interface SurplusPosition {
  readonly surplusPence: Pence;
  readonly contingencyAllowancePence: Pence;
  readonly recoverablePence: Pence;
}

/** Surplus over liabilities, the agreement's contingency allowance, and what is recoverable (I-12). */
export function surplusPosition(
  agreement: AgreementWeeklyAmounts,
  closingBalancePence: Pence,
  outstandingLiabilitiesPence: Pence,
): SurplusPosition {
  const surplus = surplusPence(closingBalancePence, outstandingLiabilitiesPence);
  const contingency = agreementContingencyAllowancePence(agreement);
  return {
    surplusPence: surplus,
    contingencyAllowancePence: contingency,
    recoverablePence: recoverablePence(surplus, contingency),
  };
}
