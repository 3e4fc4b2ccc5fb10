import { describe, expect, it } from 'vitest';
import { directPaymentAuditInputSchema } from './direct-payment-audit.ts';

const audit = {
  agreementId: 'a1',
  periodStart: '2026-04-01',
  periodEnd: '2026-09-30',
  outcome: 'NO_ACTION',
};

describe('directPaymentAuditInputSchema', () => {
  it('defaults findings and liabilities', () => {
    expect(directPaymentAuditInputSchema.parse(audit)).toMatchObject({
      findings: [],
      outstandingLiabilitiesPence: 0,
    });
  });

  it('refuses a period that ends before it starts (I-13) and badly coded findings', () => {
    const result = directPaymentAuditInputSchema.safeParse({
      ...audit,
      periodEnd: '2026-03-31',
      findings: [{ code: 'not a code', detail: 'x' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'findings.0.code',
      'periodEnd',
    ]);
  });
});
