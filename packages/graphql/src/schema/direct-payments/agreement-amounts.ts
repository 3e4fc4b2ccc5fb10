import type { PaymentBasis } from '@openpb/domain/code-lists/payment-basis';
import type { Pence } from '@openpb/domain/money';
import { netPaymentPence } from '@openpb/domain/rules/net-payment';
import { contingencyAllowancePence } from '@openpb/domain/rules/surplus-recovery';

/** The stored weekly figures of an agreement. */
export interface AgreementWeeklyAmounts {
  readonly paymentBasis: string;
  readonly weeklyGrossPence: number;
  readonly weeklyContributionPence: number;
  readonly contingencyWeeksHundredths: number;
}

/** What the council pays in a week: net of the contribution on a NET basis (I-9), else gross. */
export function weeklyNetDpPence(agreement: AgreementWeeklyAmounts): Pence {
  return (agreement.paymentBasis as PaymentBasis) === 'NET'
    ? netPaymentPence(agreement.weeklyGrossPence, agreement.weeklyContributionPence)
    : agreement.weeklyGrossPence;
}

/** The balance the person may keep before a surplus is recoverable (I-12): weekly net × weeks. */
export function agreementContingencyAllowancePence(agreement: AgreementWeeklyAmounts): Pence {
  return contingencyAllowancePence(
    weeklyNetDpPence(agreement),
    agreement.contingencyWeeksHundredths / 100,
  );
}

/** A year of the direct payment: the deployment's amount and the contribution taken against it. */
export interface AnnualDirectPaymentAmounts {
  readonly annualGrossPence: Pence;
  readonly annualContributionPence: Pence;
}

/**
 * The person's assessed contribution is taken against the direct payment first (council money is
 * used only after the contribution, domain.md §1.1 stage 9), never more than the payment itself.
 */
export function annualDirectPaymentAmounts(
  deployment: { readonly annualAmountPence: number },
  budget: { readonly annualPersonContributionPence: number },
): AnnualDirectPaymentAmounts {
  return {
    annualGrossPence: deployment.annualAmountPence,
    annualContributionPence: Math.min(
      budget.annualPersonContributionPence,
      deployment.annualAmountPence,
    ),
  };
}
