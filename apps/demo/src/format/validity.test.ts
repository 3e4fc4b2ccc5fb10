import { describe, expect, it } from 'vitest';
import { describeValidity } from './validity.ts';

describe('describeValidity', () => {
  it('reads a past start and a future end as running, and an open end as none', () => {
    expect(describeValidity('2025-03-03', '2027-03-31', '2026-12-02')).toEqual({
      from: 'Since 3 March 2025',
      until: 'Until 31 March 2027',
    });
    expect(describeValidity('2025-03-03', null, '2026-12-02').until).toBe('No end date');
  });

  it('reads a future start and a past end as such, and today as within', () => {
    expect(describeValidity('2027-01-01', '2026-08-17', '2026-12-02')).toEqual({
      from: 'Starts 1 January 2027',
      until: 'Ended 17 August 2026',
    });
    expect(describeValidity('2026-12-02', '2026-12-02', '2026-12-02')).toEqual({
      from: 'Since 2 December 2026',
      until: 'Until 2 December 2026',
    });
  });
});
