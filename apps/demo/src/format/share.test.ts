import { describe, expect, it } from 'vitest';
import { formatShare } from './share.ts';

describe('formatShare', () => {
  it('rounds to a whole percent', () => {
    expect(formatShare(1, 3)).toBe('33%');
    expect(formatShare(2, 3)).toBe('67%');
    expect(formatShare(5, 5)).toBe('100%');
  });

  it('is 0% of nothing', () => {
    expect(formatShare(0, 0)).toBe('0%');
  });
});
