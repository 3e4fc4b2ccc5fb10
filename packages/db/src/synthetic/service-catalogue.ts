import type { CostFrequency } from '@openpb/domain/code-lists/cost-frequency';
import type { CounterpartyType } from '@openpb/domain/code-lists/counterparty-type';
import type { DeploymentMode } from '@openpb/domain/code-lists/deployment-mode';
import type { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import type { ServiceComponent } from '@openpb/domain/code-lists/service-component';
import type { ServiceType } from '@openpb/domain/code-lists/service-type';
import type { CouncilOrganisations } from './organisation-generator.ts';

/** How a direct-payment line shows on the account: what is bought, from whom, how often. */
export interface DirectPaymentSpend {
  readonly category: DpSpendCategory;
  readonly counterpartyType: CounterpartyType;
  readonly counterparty: string;
  /** The account pays for this every so many payment periods (1 = every period). */
  readonly everyPeriods: number;
}

/** A kind of support a plan line can buy, with realistic unit costs (pence). */
export interface ServiceRecipe {
  readonly description: string;
  readonly serviceComponent: ServiceComponent;
  readonly costFrequency: CostFrequency;
  readonly unitCostPence: readonly [number, number];
  /** Planned units a week in hundredths, for a per-unit line that is not sized to the budget. */
  readonly unitsPerWeekHundredths?: readonly [number, number];
  readonly provider?: keyof Pick<
    CouncilOrganisations,
    'homeCare' | 'dayServices' | 'supportedLiving' | 'careHomes' | 'carersServices'
  >;
  readonly spend?: DirectPaymentSpend;
}

/**
 * The recipes for one deployment's share of a plan: a main per-unit line sized to most of the
 * money, a few extras at their natural cost, and a weekly balancing line that takes exactly what
 * is left, so that the lines cost exactly the deployment (I-2).
 */
export interface PlanPartRecipes {
  readonly serviceType: ServiceType;
  readonly main: ServiceRecipe | null;
  /** At least one is WEEKLY, so that an extra always fits a small budget. */
  readonly extras: readonly ServiceRecipe[];
  readonly balance: ServiceRecipe;
}

const PA_SUPPORT: ServiceRecipe = {
  description: 'Personal assistant support',
  serviceComponent: 'DIRECT_PAYMENT',
  costFrequency: 'HOURLY',
  unitCostPence: [1_350, 1_750],
  spend: {
    category: 'PA_WAGES',
    counterpartyType: 'PA',
    counterparty: 'Personal assistant wages',
    everyPeriods: 1,
  },
};
const PA_ON_COSTS: ServiceRecipe = {
  description: "Employer's National Insurance, pension and holiday pay",
  serviceComponent: 'DIRECT_PAYMENT',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  spend: {
    category: 'PA_EMPLOYER_ON_COSTS',
    counterpartyType: 'HMRC',
    counterparty: 'HMRC PAYE and pension',
    everyPeriods: 3,
  },
};
const PAYROLL: ServiceRecipe = {
  description: 'Payroll service',
  serviceComponent: 'DIRECT_PAYMENT',
  costFrequency: 'MONTHLY',
  unitCostPence: [1_500, 2_500],
  spend: {
    category: 'PAYROLL_SERVICE',
    counterpartyType: 'PAYROLL',
    counterparty: 'Payroll bureau',
    everyPeriods: 3,
  },
};
const INSURANCE: ServiceRecipe = {
  description: "Employer's liability insurance",
  serviceComponent: 'DIRECT_PAYMENT',
  costFrequency: 'ANNUALLY',
  unitCostPence: [9_000, 16_000],
  spend: {
    category: 'EMPLOYERS_LIABILITY_INSURANCE',
    counterpartyType: 'INSURER',
    counterparty: 'Employer insurance',
    everyPeriods: 13,
  },
};
const DP_DAY_ACTIVITY: ServiceRecipe = {
  description: 'Day activities of my choosing',
  serviceComponent: 'DAY_SUPPORT',
  costFrequency: 'PER_SESSION',
  unitCostPence: [2_500, 6_000],
  unitsPerWeekHundredths: [100, 200],
  spend: {
    category: 'DAY_ACTIVITY',
    counterpartyType: 'PROVIDER',
    counterparty: 'Day activity provider',
    everyPeriods: 2,
  },
};
const DP_TRANSPORT: ServiceRecipe = {
  description: 'Taxi and transport to activities',
  serviceComponent: 'TRANSPORT',
  costFrequency: 'WEEKLY',
  unitCostPence: [1_000, 3_000],
  spend: {
    category: 'TRANSPORT',
    counterpartyType: 'OTHER',
    counterparty: 'Local taxi firm',
    everyPeriods: 3,
  },
};
const DP_MEMBERSHIP: ServiceRecipe = {
  description: 'Gym and club membership',
  serviceComponent: 'OTHER_LONG_TERM_SUPPORT',
  costFrequency: 'MONTHLY',
  unitCostPence: [2_000, 4_000],
  spend: {
    category: 'ACTIVITY_OR_MEMBERSHIP',
    counterpartyType: 'OTHER',
    counterparty: 'Leisure centre',
    everyPeriods: 3,
  },
};
const AGENCY_CARE: ServiceRecipe = {
  description: 'Home care from an agency I chose',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  costFrequency: 'HOURLY',
  unitCostPence: [2_300, 2_900],
  spend: {
    category: 'AGENCY_HOME_CARE',
    counterpartyType: 'AGENCY',
    counterparty: 'Home care agency',
    everyPeriods: 1,
  },
};
const AGENCY_FLEXIBLE: ServiceRecipe = {
  description: 'Flexible agency hours',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  spend: {
    category: 'AGENCY_HOME_CARE',
    counterpartyType: 'AGENCY',
    counterparty: 'Home care agency',
    everyPeriods: 1,
  },
};
const CARER_BREAK_DP: ServiceRecipe = {
  description: 'Replacement care so that I can take a break',
  serviceComponent: 'CARER_RESPITE',
  costFrequency: 'HOURLY',
  unitCostPence: [2_300, 2_900],
  spend: {
    category: 'SHORT_BREAK_RESPITE',
    counterpartyType: 'AGENCY',
    counterparty: 'Sitting service agency',
    everyPeriods: 1,
  },
};
const CARER_WELLBEING_DP: ServiceRecipe = {
  description: 'Time for myself: classes and activities',
  serviceComponent: 'OTHER_CARER_SUPPORT',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  spend: {
    category: 'ACTIVITY_OR_MEMBERSHIP',
    counterpartyType: 'OTHER',
    counterparty: 'Adult education centre',
    everyPeriods: 2,
  },
};

const HOME_CARE: ServiceRecipe = {
  description: 'Home care visits',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  costFrequency: 'HOURLY',
  unitCostPence: [2_200, 2_800],
  provider: 'homeCare',
};
const SUPPORTED_LIVING: ServiceRecipe = {
  description: 'Supported living: one-to-one support',
  serviceComponent: 'COMMUNITY_SUPPORTED_LIVING',
  costFrequency: 'HOURLY',
  unitCostPence: [2_000, 2_400],
  provider: 'supportedLiving',
};
const SHARED_SUPPORT: ServiceRecipe = {
  description: 'Supported living: shared and sleep-in support',
  serviceComponent: 'COMMUNITY_SUPPORTED_LIVING',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  provider: 'supportedLiving',
};
const DAY_CENTRE: ServiceRecipe = {
  description: 'Day centre',
  serviceComponent: 'DAY_SUPPORT',
  costFrequency: 'DAILY',
  unitCostPence: [4_500, 7_500],
  unitsPerWeekHundredths: [100, 300],
  provider: 'dayServices',
};
const MEALS: ServiceRecipe = {
  description: 'Meals delivered at home',
  serviceComponent: 'MEALS',
  costFrequency: 'PER_SESSION',
  unitCostPence: [550, 750],
  unitsPerWeekHundredths: [300, 700],
};
const TELECARE: ServiceRecipe = {
  description: 'Telecare and community alarm',
  serviceComponent: 'EQUIPMENT',
  costFrequency: 'WEEKLY',
  unitCostPence: [300, 700],
};
const TRANSPORT: ServiceRecipe = {
  description: 'Transport to day activities',
  serviceComponent: 'TRANSPORT',
  costFrequency: 'WEEKLY',
  unitCostPence: [1_500, 3_500],
};
const EMPLOYMENT_SUPPORT: ServiceRecipe = {
  description: 'Support to find and keep work',
  serviceComponent: 'LEARNING_EDUCATION_EMPLOYMENT_SUPPORT',
  costFrequency: 'HOURLY',
  unitCostPence: [2_000, 2_600],
  unitsPerWeekHundredths: [200, 600],
};
const COMMUNITY_SUPPORT: ServiceRecipe = {
  description: 'Community support and social activities',
  serviceComponent: 'OTHER_LONG_TERM_SUPPORT',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  provider: 'dayServices',
};
const CARE_HOME: ServiceRecipe = {
  description: 'Residential care home placement',
  serviceComponent: 'LONG_TERM_RESIDENTIAL_CARE',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  provider: 'careHomes',
};
const CARER_RESPITE: ServiceRecipe = {
  description: 'Replacement care while the carer has a break',
  serviceComponent: 'CARER_RESPITE',
  costFrequency: 'HOURLY',
  unitCostPence: [2_200, 2_800],
  provider: 'homeCare',
};
const CARER_SITTING: ServiceRecipe = {
  description: 'Sitting service',
  serviceComponent: 'CARER_SITTING_SERVICE',
  costFrequency: 'PER_SESSION',
  unitCostPence: [3_000, 5_000],
  unitsPerWeekHundredths: [100, 200],
  provider: 'carersServices',
};
const CARER_EMERGENCY_CARD: ServiceRecipe = {
  description: "Carer's emergency card and helpline",
  serviceComponent: 'OTHER_CARER_SUPPORT',
  costFrequency: 'WEEKLY',
  unitCostPence: [200, 500],
  provider: 'carersServices',
};
const CARER_SUPPORT: ServiceRecipe = {
  description: 'Carer support group and wellbeing sessions',
  serviceComponent: 'OTHER_CARER_SUPPORT',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  provider: 'carersServices',
};
const PRISON_CARE: ServiceRecipe = {
  description: 'Personal care in prison',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  costFrequency: 'HOURLY',
  unitCostPence: [2_200, 2_800],
  provider: 'homeCare',
};
const PRISON_EQUIPMENT: ServiceRecipe = {
  description: 'Aids and adaptations in the cell',
  serviceComponent: 'EQUIPMENT',
  costFrequency: 'WEEKLY',
  unitCostPence: [300, 900],
};
const PRISON_SUPPORT: ServiceRecipe = {
  description: 'Care and support in prison',
  serviceComponent: 'OTHER_LONG_TERM_SUPPORT',
  costFrequency: 'WEEKLY',
  unitCostPence: [0, 0],
  provider: 'homeCare',
};

/** Who the person is, as far as choosing their support goes. */
export interface SupportProfile {
  readonly carer: boolean;
  readonly learningDisabilityWorkingAge: boolean;
  readonly inPrison: boolean;
  /** Older person whose budget would pay for a care home rather than support at home. */
  readonly careHome: boolean;
  /** A direct payment spent on personal assistants (else on an agency). */
  readonly employsPersonalAssistants: boolean;
}

/** The recipes for the part of a plan paid through `mode`. */
export function recipesFor(mode: DeploymentMode, profile: SupportProfile): PlanPartRecipes {
  if (mode === 'DIRECT_PAYMENT') {
    if (profile.carer) {
      return {
        serviceType: 'CARER_DIRECT',
        main: CARER_BREAK_DP,
        extras: [DP_TRANSPORT, DP_MEMBERSHIP],
        balance: CARER_WELLBEING_DP,
      };
    }
    return profile.employsPersonalAssistants
      ? {
          serviceType: 'LT_COMMUNITY',
          main: PA_SUPPORT,
          extras: [PAYROLL, INSURANCE, DP_DAY_ACTIVITY, DP_TRANSPORT],
          balance: PA_ON_COSTS,
        }
      : {
          serviceType: 'LT_COMMUNITY',
          main: AGENCY_CARE,
          extras: [DP_DAY_ACTIVITY, DP_TRANSPORT, DP_MEMBERSHIP],
          balance: AGENCY_FLEXIBLE,
        };
  }
  if (profile.inPrison) {
    return {
      serviceType: 'LT_PRISON',
      main: PRISON_CARE,
      extras: [PRISON_EQUIPMENT],
      balance: PRISON_SUPPORT,
    };
  }
  if (profile.carer) {
    return {
      serviceType: 'CARER_DIRECT',
      main: CARER_RESPITE,
      extras: [CARER_SITTING, CARER_EMERGENCY_CARD],
      balance: CARER_SUPPORT,
    };
  }
  if (profile.careHome && mode === 'LA_COMMISSIONED') {
    return {
      serviceType: 'LT_RESIDENTIAL',
      main: null,
      extras: [TRANSPORT, DAY_CENTRE],
      balance: CARE_HOME,
    };
  }
  if (profile.learningDisabilityWorkingAge) {
    return {
      serviceType: 'LT_COMMUNITY',
      main: SUPPORTED_LIVING,
      extras: [DAY_CENTRE, TRANSPORT, EMPLOYMENT_SUPPORT],
      balance: SHARED_SUPPORT,
    };
  }
  return {
    serviceType: 'LT_COMMUNITY',
    main: HOME_CARE,
    extras: [DAY_CENTRE, MEALS, TELECARE, TRANSPORT],
    balance: COMMUNITY_SUPPORT,
  };
}
