import { AccommodationStatus } from '@openpb/domain/code-lists/accommodation-status';
import { ClientType } from '@openpb/domain/code-lists/client-type';
import { type CodeList, labelOf } from '@openpb/domain/code-lists/code-list';
import { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import { DeliveryMechanism } from '@openpb/domain/code-lists/delivery-mechanism';
import { DeploymentMode } from '@openpb/domain/code-lists/deployment-mode';
import { DirectPaymentAgreementStatus } from '@openpb/domain/code-lists/direct-payment-agreement-status';
import { DpAccountType } from '@openpb/domain/code-lists/dp-account-type';
import { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import { Ethnicity } from '@openpb/domain/code-lists/ethnicity';
import { Gender } from '@openpb/domain/code-lists/gender';
import { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { PersonalBudgetStatus } from '@openpb/domain/code-lists/personal-budget-status';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { ServiceComponent } from '@openpb/domain/code-lists/service-component';
import { SpendRejectionReason } from '@openpb/domain/code-lists/spend-rejection-reason';
import { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import type { PrimarySupportReason as PrimarySupportReasonCode } from '@openpb/sdk';

/**
 * National labels (CLD Release 2 wording) for the API's codes. The API's enum values are the
 * domain's codes, so the pure code lists of @openpb/domain name them; if the two ever diverge,
 * this file stops type-checking.
 */
const labeller =
  <C extends string>(list: CodeList<C>) =>
  (code: C): string =>
    labelOf(list, code, 'R2');

export const accommodationStatusLabel = labeller(AccommodationStatus);
export const clientTypeLabel = labeller(ClientType);
export const delegationScopeLabel = labeller(DelegationScope);
export const deliveryMechanismLabel = labeller(DeliveryMechanism);
export const deploymentModeLabel = labeller(DeploymentMode);
export const ethnicityLabel = labeller(Ethnicity);
export const genderLabel = labeller(Gender);
export const mentalCapacityLabel = labeller(MentalCapacityForDp);
export const budgetStatusLabel = labeller(PersonalBudgetStatus);
export const primarySupportReasonLabel = labeller(PrimarySupportReason);
export const serviceComponentLabel = labeller(ServiceComponent);
export const supportPlanStatusLabel = labeller(SupportPlanStatus);
export const directPaymentStatusLabel = labeller(DirectPaymentAgreementStatus);
export const dpAccountTypeLabel = labeller(DpAccountType);
export const dpSpendCategoryLabel = labeller(DpSpendCategory);
export const spendRejectionReasonLabel = labeller(SpendRejectionReason);

/** Why a finance officer may reject submitted spend, in the national list's order, for a form. */
export const SPEND_REJECTION_REASONS: readonly (readonly [string, string])[] =
  SpendRejectionReason.codes.map((code) => [code, spendRejectionReasonLabel(code)]);

/** The support reasons in their national order, for a filter. */
export const PRIMARY_SUPPORT_REASONS: readonly { code: PrimarySupportReasonCode; label: string }[] =
  PrimarySupportReason.codes.map((code) => ({ code, label: primarySupportReasonLabel(code) }));

export function isPrimarySupportReason(value: string): value is PrimarySupportReasonCode {
  return PRIMARY_SUPPORT_REASONS.some((reason) => reason.code === value);
}
