import { describe, expect, it } from 'vitest';
import { cldReleaseApplies, cldReleaseForPeriod } from './cld-release.ts';

describe('the CLD release of a reporting period', () => {
  it('is Release 1 up to the period ending 30 June 2025 and Release 2 from the one ending 30 September 2025', () => {
    expect(cldReleaseForPeriod('2024-03-31')).toBe('R1');
    expect(cldReleaseForPeriod('2025-09-29')).toBe('R1');
    expect(cldReleaseForPeriod('2025-09-30')).toBe('R2');
    expect(cldReleaseForPeriod('2026-03-31')).toBe('R2');
  });

  it('allows Release 1 labels only in a Release 1 period, Release 2 labels in any', () => {
    expect(cldReleaseApplies('R1', '2025-06-30')).toBe(true);
    expect(cldReleaseApplies('R1', '2026-03-31')).toBe(false);
    expect(cldReleaseApplies('R2', '2024-03-31')).toBe(true);
  });
});
