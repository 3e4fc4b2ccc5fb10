import type { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';

/**
 * Shape of a council's long-term caseload by Primary Support Reason: its share of people, the
 * share aged 65+, the median weekly personal budget in pence and the chance of taking a direct
 * payment. Shares follow the national pattern of long-term support (physical support dominant,
 * learning disability the costliest and most often a direct payment); the numbers are
 * illustrative, tuned so that about a third of budgets are direct payments carrying about half
 * of the money (ADASS 2011, domain.md §1.2).
 */
export const CASELOAD_PROFILE: Readonly<
  Record<
    PrimarySupportReason,
    { share: number; over65: number; medianWeeklyPence: number; directPayment: number }
  >
> = {
  PHYSICAL_PERSONAL_CARE: {
    share: 44,
    over65: 0.78,
    medianWeeklyPence: 31_000,
    directPayment: 0.24,
  },
  PHYSICAL_ACCESS_AND_MOBILITY: {
    share: 6,
    over65: 0.7,
    medianWeeklyPence: 17_500,
    directPayment: 0.32,
  },
  MEMORY_AND_COGNITION: { share: 12, over65: 0.95, medianWeeklyPence: 38_000, directPayment: 0.1 },
  LEARNING_DISABILITY: { share: 18, over65: 0.08, medianWeeklyPence: 88_000, directPayment: 0.88 },
  MENTAL_HEALTH: { share: 10, over65: 0.25, medianWeeklyPence: 26_000, directPayment: 0.4 },
  SENSORY_VISUAL: { share: 1.5, over65: 0.75, medianWeeklyPence: 15_000, directPayment: 0.35 },
  SENSORY_HEARING: { share: 1, over65: 0.7, medianWeeklyPence: 12_000, directPayment: 0.35 },
  SENSORY_DUAL: { share: 0.5, over65: 0.8, medianWeeklyPence: 30_000, directPayment: 0.3 },
  SOCIAL_SUBSTANCE_MISUSE: {
    share: 1,
    over65: 0.15,
    medianWeeklyPence: 20_000,
    directPayment: 0.1,
  },
  SOCIAL_ASYLUM_SEEKER: {
    share: 0.3,
    over65: 0.05,
    medianWeeklyPence: 12_000,
    directPayment: 0.05,
  },
  SOCIAL_ISOLATION_OTHER: { share: 3, over65: 0.6, medianWeeklyPence: 14_000, directPayment: 0.3 },
  SOCIAL_SUPPORT_TO_CARER: { share: 2, over65: 0.4, medianWeeklyPence: 6_000, directPayment: 0.6 },
  UNKNOWN: { share: 0.7, over65: 0.6, medianWeeklyPence: 20_000, directPayment: 0.2 },
};
