import { AccommodationStatus } from './accommodation-status.ts';
import { AllocationRole } from './allocation-role.ts';
import { ApprovalLevel } from './approval-level.ts';
import { AssessmentFormat } from './assessment-format.ts';
import { AssessmentType } from './assessment-type.ts';
import { AuditOutcome } from './audit-outcome.ts';
import { CarerEligibilityOutcome } from './carer-eligibility-outcome.ts';
import { ClientFundingStatus } from './client-funding-status.ts';
import { ClientType } from './client-type.ts';
import type { CodeList } from './code-list.ts';
import { Complexity } from './complexity.ts';
import { ContributionFrequency } from './contribution-frequency.ts';
import { CostFrequency } from './cost-frequency.ts';
import { CounterpartyType } from './counterparty-type.ts';
import { DelegationGrantorType } from './delegation-grantor-type.ts';
import { DelegationScope } from './delegation-scope.ts';
import { DeliveryMechanism } from './delivery-mechanism.ts';
import { DeploymentMode } from './deployment-mode.ts';
import { DirectPaymentAgreementStatus } from './direct-payment-agreement-status.ts';
import { DirectPaymentTerminationReason } from './direct-payment-termination-reason.ts';
import { DpAccountType } from './dp-account-type.ts';
import { DpLegalBasis } from './dp-legal-basis.ts';
import { DpSpendCategory } from './dp-spend-category.ts';
import { EligibilityOutcome } from './eligibility-outcome.ts';
import { EmploymentStatus } from './employment-status.ts';
import { EnquiryType } from './enquiry-type.ts';
import { Ethnicity } from './ethnicity.ts';
import { EventOutcomeR1 } from './event-outcome-r1.ts';
import { EventOutcomeR2 } from './event-outcome-r2.ts';
import { EventType } from './event-type.ts';
import { FacsBand } from './facs-band.ts';
import { FamilyPaymentReason } from './family-payment-reason.ts';
import { FamilyRelationship } from './family-relationship.ts';
import { FundingSource } from './funding-source.ts';
import { Gender } from './gender.ts';
import { Involvement } from './involvement.ts';
import { LedgerEntryKind } from './ledger-entry-kind.ts';
import { MentalCapacityForDp } from './mental-capacity-for-dp.ts';
import { MspOutcomesAchieved } from './msp-outcomes-achieved.ts';
import { OrganisationType } from './organisation-type.ts';
import { PaEmploymentType } from './pa-employment-type.ts';
import { PaymentBasis } from './payment-basis.ts';
import { PaymentFrequency } from './payment-frequency.ts';
import { PaymentKind } from './payment-kind.ts';
import { PaymentStatus } from './payment-status.ts';
import { PersonDetailField } from './person-detail-field.ts';
import { PersonalBudgetStatus } from './personal-budget-status.ts';
import { PlanLineStatus } from './plan-line-status.ts';
import { PrimarySupportReason } from './primary-support-reason.ts';
import { RecipientType } from './recipient-type.ts';
import { RecoveryMethod } from './recovery-method.ts';
import { RecoveryReason } from './recovery-reason.ts';
import { RecoveryStatus } from './recovery-status.ts';
import { RepresentativeRole } from './representative-role.ts';
import { RequestSource } from './request-source.ts';
import { ReviewOutcomesAchieved } from './review-outcomes-achieved.ts';
import { ReviewReason } from './review-reason.ts';
import { RouteOfAccess } from './route-of-access.ts';
import { ServiceComponent } from './service-component.ts';
import { ServiceType } from './service-type.ts';
import { SpendRejectionReason } from './spend-rejection-reason.ts';
import { SpendSubmissionStatus } from './spend-submission-status.ts';
import { StaffQualification } from './staff-qualification.ts';
import { SupportChange } from './support-change.ts';
import { SupportPlanStatus } from './support-plan-status.ts';
import { TransactionFlag } from './transaction-flag.ts';
import { UnableToAchieveReason } from './unable-to-achieve-reason.ts';

/**
 * Every code list of the domain, for registering GraphQL enums or database checks in one loop.
 * This is a list of values, not a barrel: import a single list from its own module.
 */
export const ALL_CODE_LISTS: readonly CodeList<string>[] = [
  AccommodationStatus,
  AllocationRole,
  ApprovalLevel,
  AssessmentFormat,
  AssessmentType,
  AuditOutcome,
  CarerEligibilityOutcome,
  ClientFundingStatus,
  ClientType,
  Complexity,
  ContributionFrequency,
  CostFrequency,
  CounterpartyType,
  DelegationGrantorType,
  DelegationScope,
  DeliveryMechanism,
  DeploymentMode,
  DirectPaymentAgreementStatus,
  DirectPaymentTerminationReason,
  DpAccountType,
  DpLegalBasis,
  DpSpendCategory,
  EligibilityOutcome,
  EmploymentStatus,
  EnquiryType,
  Ethnicity,
  EventOutcomeR1,
  EventOutcomeR2,
  EventType,
  FacsBand,
  FamilyPaymentReason,
  FamilyRelationship,
  FundingSource,
  Gender,
  Involvement,
  LedgerEntryKind,
  MentalCapacityForDp,
  MspOutcomesAchieved,
  OrganisationType,
  PaEmploymentType,
  PaymentBasis,
  PaymentFrequency,
  PaymentKind,
  PaymentStatus,
  PersonalBudgetStatus,
  PersonDetailField,
  PlanLineStatus,
  PrimarySupportReason,
  RecipientType,
  RecoveryMethod,
  RecoveryReason,
  RecoveryStatus,
  RepresentativeRole,
  RequestSource,
  ReviewOutcomesAchieved,
  ReviewReason,
  RouteOfAccess,
  ServiceComponent,
  ServiceType,
  StaffQualification,
  SpendRejectionReason,
  SpendSubmissionStatus,
  SupportChange,
  SupportPlanStatus,
  TransactionFlag,
  UnableToAchieveReason,
];
