import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeployments } from './deployments.ts';

describe('I-4 checkDeployments', () => {
  it('passes when deployments add up to the budget (mixed package)', () => {
    expect(
      checkDeployments({
        annualTotalPence: 1_000_000,
        deployments: [
          { mode: 'DIRECT_PAYMENT', annualAmountPence: 600_000 },
          { mode: 'LA_COMMISSIONED', annualAmountPence: 400_000 },
        ],
      }),
    ).toEqual([]);
  });

  it('fails with DEPLOYMENTS_DO_NOT_SUM at deployments', () => {
    expect(
      checkDeployments({
        annualTotalPence: 1_000_000,
        deployments: [{ annualAmountPence: 999_999 }],
      }),
    ).toEqual([
      { code: 'DEPLOYMENTS_DO_NOT_SUM', message: expect.any(String), path: ['deployments'] },
    ]);
    expect(checkDeployments({ annualTotalPence: 1, deployments: [] })[0]?.code).toBe(
      'DEPLOYMENTS_DO_NOT_SUM',
    );
  });

  it('reports a bad deployment amount at its index', () => {
    expect(
      checkDeployments({
        annualTotalPence: 100,
        deployments: [{ annualAmountPence: 150 }, { annualAmountPence: -50 }],
      }),
    ).toEqual([
      {
        code: 'NEGATIVE_AMOUNT',
        message: expect.any(String),
        path: ['deployments', '1', 'annualAmountPence'],
      },
    ]);
  });

  it('passes exactly when the parts sum to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1e10 }), { maxLength: 4 }),
        fc.integer({ min: -3, max: 3 }),
        (parts, delta) => {
          const total = parts.reduce((a, b) => a + b, 0) + delta;
          const ok =
            checkDeployments({
              annualTotalPence: total,
              deployments: parts.map((annualAmountPence) => ({ annualAmountPence })),
            }).length === 0;
          expect(ok).toBe(delta === 0);
        },
      ),
    );
  });
});
