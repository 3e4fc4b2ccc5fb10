import { describe, expect, it } from 'vitest';
import { atPath, errorsOnly, violation } from './rule-violation.ts';

describe('rule violations', () => {
  it('builds violations with string paths and optional severity', () => {
    expect(violation('NEGATIVE_AMOUNT', 'no', ['lines', 0, 'amountPence'])).toEqual({
      code: 'NEGATIVE_AMOUNT',
      message: 'no',
      path: ['lines', '0', 'amountPence'],
    });
    expect(violation('REVIEW_DUE_AFTER_TARGET', 'late', [], 'warning').severity).toBe('warning');
  });

  it('nests and filters', () => {
    const list = [
      violation('NEGATIVE_AMOUNT', 'a', ['x']),
      violation('REVIEW_DUE_AFTER_TARGET', 'b', ['y'], 'warning'),
    ];
    expect(atPath(['outer', 1], list).map((v) => v.path)).toEqual([
      ['outer', '1', 'x'],
      ['outer', '1', 'y'],
    ]);
    expect(errorsOnly(list).map((v) => v.code)).toEqual(['NEGATIVE_AMOUNT']);
  });
});
