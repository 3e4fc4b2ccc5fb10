/**
 * Ageing of recoveries still in dispute or awaiting the person (domain.md §6.6 "Recovery
 * performance"): days since the recovery was raised, in end-inclusive buckets.
 */
import type { RecoveryStatus } from '../code-lists/recovery-status.ts';

/** Recoveries whose age is reported: raised, told to the person, or disputed. */
export const AGEING_RECOVERY_STATUSES = [
  'PROPOSED',
  'NOTIFIED',
  'DISPUTED',
] as const satisfies readonly RecoveryStatus[];

export type AgeingBucket = 'DAYS_0_TO_30' | 'DAYS_31_TO_90' | 'DAYS_91_AND_OVER';

export interface AgeingBucketDefinition {
  readonly bucket: AgeingBucket;
  readonly fromDays: number;
  /** Last day of the bucket; `null` for the open-ended oldest bucket. */
  readonly toDays: number | null;
  readonly description: string;
}

export const AGEING_BUCKETS: readonly AgeingBucketDefinition[] = [
  { bucket: 'DAYS_0_TO_30', fromDays: 0, toDays: 30, description: 'Raised 0 to 30 days ago.' },
  { bucket: 'DAYS_31_TO_90', fromDays: 31, toDays: 90, description: 'Raised 31 to 90 days ago.' },
  {
    bucket: 'DAYS_91_AND_OVER',
    fromDays: 91,
    toDays: null,
    description: 'Raised 91 or more days ago.',
  },
];

/** The bucket of an age in whole days (0 = raised today). */
export function ageingBucketOf(ageDays: number): AgeingBucket {
  if (!Number.isInteger(ageDays) || ageDays < 0) {
    throw new RangeError('An age is a whole, non-negative number of days');
  }
  const found = AGEING_BUCKETS.find(
    (definition) =>
      ageDays >= definition.fromDays &&
      (definition.toDays === null || ageDays <= definition.toDays),
  );
  if (!found) throw new RangeError('The ageing buckets do not cover this age');
  return found.bucket;
}
