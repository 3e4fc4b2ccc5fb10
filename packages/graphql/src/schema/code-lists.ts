import { AccommodationStatus } from '@openpb/domain/code-lists/accommodation-status';
import { ClientType } from '@openpb/domain/code-lists/client-type';
import { DeliveryMechanism } from '@openpb/domain/code-lists/delivery-mechanism';
import { DeploymentMode } from '@openpb/domain/code-lists/deployment-mode';
import { Ethnicity } from '@openpb/domain/code-lists/ethnicity';
import { Gender } from '@openpb/domain/code-lists/gender';
import { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { PersonalBudgetStatus } from '@openpb/domain/code-lists/personal-budget-status';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { codeListEnum } from './code-list-enum.ts';

/** The national and model code lists, as GraphQL enums (values are the domain's codes). */
export const AccommodationStatusEnum = codeListEnum(AccommodationStatus);
export const ClientTypeEnum = codeListEnum(ClientType);
export const DeliveryMechanismEnum = codeListEnum(DeliveryMechanism);
export const DeploymentModeEnum = codeListEnum(DeploymentMode);
export const EthnicityEnum = codeListEnum(Ethnicity);
export const GenderEnum = codeListEnum(Gender);
export const MentalCapacityForDpEnum = codeListEnum(MentalCapacityForDp);
export const PersonalBudgetStatusEnum = codeListEnum(PersonalBudgetStatus);
export const PrimarySupportReasonEnum = codeListEnum(PrimarySupportReason);
