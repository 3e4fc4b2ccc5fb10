import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Cost Frequency (Unit Type) (domain.md §3.1.2) [S-05 "From ASC CLD specification"; S-02d].
 * The weekly conversion is in `../cost-frequency.ts` (domain.md §6.5).
 */
export const CostFrequency = defineCodeList({
  name: 'CostFrequency',
  description: 'The unit a CLD Unit Cost is expressed in (Cost Frequency / Unit Type).',
  source: 'S-05, S-02d',
  entries: {
    NONE: { r1: 'No charge to client', r2: 'No charge to client' },
    PER_SESSION: { r1: 'Per session', r2: 'Per session' },
    HOURLY: { r1: 'Hourly', r2: 'Hourly' },
    DAILY: { r1: 'Daily', r2: 'Daily' },
    WEEKLY: { r1: 'Weekly', r2: 'Weekly' },
    FORTNIGHTLY: { r1: 'Fortnightly', r2: 'Fortnightly' },
    FOUR_WEEKLY: { r1: '4-weekly', r2: '4-weekly' },
    MONTHLY: { r1: 'Monthly', r2: 'Monthly' },
    QUARTERLY: { r1: 'Quarterly', r2: 'Quarterly' },
    ANNUALLY: { r1: 'Annually', r2: 'Annually' },
    ONE_OFF: { r1: 'One-off', r2: 'One-off' },
  },
});

export type CostFrequency = CodeOf<typeof CostFrequency>;

/** Frequencies finer than weekly, which need Planned Units per Week (I-14, S-03 planned-units). */
export const PER_UNIT_COST_FREQUENCIES: readonly CostFrequency[] = [
  'PER_SESSION',
  'HOURLY',
  'DAILY',
];

/** Whether a unit cost at this frequency needs `plannedUnitsPerWeek` to become a weekly cost. */
export function needsPlannedUnits(frequency: CostFrequency): boolean {
  return PER_UNIT_COST_FREQUENCIES.includes(frequency);
}
