import { describe, expect, it } from 'vitest';
import { createRecoveryInputSchema, raiseRecoveryInputSchema } from './recovery.ts';

const recovery = { agreementId: 'a1', reason: 'SURPLUS', amountPence: 50_000, method: 'INVOICE' };

function pathsOf(recoverable: number, input: unknown): string[] {
  const result = createRecoveryInputSchema(recoverable).safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('createRecoveryInputSchema', () => {
  it('accepts a surplus recovery within the recoverable amount', () => {
    expect(pathsOf(50_000, recovery)).toEqual([]);
  });

  it('applies I-12 at amountPence and notifiedDate', () => {
    expect(pathsOf(49_999, recovery)).toEqual(['amountPence']);
    expect(pathsOf(50_000, { ...recovery, method: 'CARD_SWEEP' })).toEqual(['notifiedDate']);
    expect(
      pathsOf(50_000, { ...recovery, method: 'CARD_SWEEP', notifiedDate: '2024-06-01' }),
    ).toEqual([]);
  });

  it('rejects a zero recovery', () => {
    expect(pathsOf(50_000, { ...recovery, amountPence: 0 })).toEqual(['amountPence']);
  });
});

describe('raiseRecoveryInputSchema', () => {
  it('checks the I-12 amount but leaves the card-sweep notice to completion', () => {
    const paths = (recoverable: number, input: unknown) => {
      const result = raiseRecoveryInputSchema(recoverable).safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(paths(50_000, { ...recovery, method: 'CARD_SWEEP' })).toEqual([]);
    expect(paths(49_999, recovery)).toEqual(['amountPence']);
    expect(paths(0, { ...recovery, reason: 'MISUSE_NOT_FOR_PLAN_NEEDS' })).toEqual([]);
  });
});
