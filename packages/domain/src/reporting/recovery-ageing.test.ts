import { describe, expect, it } from 'vitest';
import { AGEING_BUCKETS, ageingBucketOf } from './recovery-ageing.ts';

describe('ageingBucketOf', () => {
  it('puts each boundary day in the bucket that ends or starts on it', () => {
    expect(ageingBucketOf(0)).toBe('DAYS_0_TO_30');
    expect(ageingBucketOf(30)).toBe('DAYS_0_TO_30');
    expect(ageingBucketOf(31)).toBe('DAYS_31_TO_90');
    expect(ageingBucketOf(90)).toBe('DAYS_31_TO_90');
    expect(ageingBucketOf(91)).toBe('DAYS_91_AND_OVER');
    expect(ageingBucketOf(10_000)).toBe('DAYS_91_AND_OVER');
  });

  it('refuses negative or fractional ages', () => {
    expect(() => ageingBucketOf(-1)).toThrow(RangeError);
    expect(() => ageingBucketOf(1.5)).toThrow(RangeError);
  });

  it('has contiguous buckets from day 0 with one open end', () => {
    AGEING_BUCKETS.forEach((definition, index) => {
      const previous = AGEING_BUCKETS[index - 1];
      expect(definition.fromDays).toBe(previous ? (previous.toDays ?? Number.NaN) + 1 : 0);
    });
    expect(AGEING_BUCKETS.filter((definition) => definition.toDays === null)).toHaveLength(1);
  });
});
