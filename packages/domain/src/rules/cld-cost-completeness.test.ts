import { describe, expect, it } from 'vitest';
import { checkCldCostCompleteness, cldCostsRequired } from './cld-cost-completeness.ts';

describe('I-14 CLD cost completeness', () => {
  it('knows when costs are required', () => {
    expect(
      cldCostsRequired({
        serviceType: 'LT_COMMUNITY',
        serviceComponent: 'DIRECT_PAYMENT',
        deliveryMechanism: 'DIRECT_PAYMENT',
      }),
    ).toBe(true);
    expect(
      cldCostsRequired({
        serviceType: 'LT_COMMUNITY',
        serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
      }),
    ).toBe(false);
    expect(
      cldCostsRequired({
        serviceType: 'OTHER_SHORT_TERM',
        serviceComponent: 'SHORT_TERM_RESIDENTIAL_CARE',
      }),
    ).toBe(true);
    expect(
      cldCostsRequired({
        serviceType: 'ST_MAX',
        serviceComponent: 'REABLEMENT',
        deliveryMechanism: 'CASSR_MANAGED_PERSONAL_BUDGET',
      }),
    ).toBe(false);
    expect(
      cldCostsRequired({
        serviceType: 'CARER_DIRECT',
        serviceComponent: 'OTHER_CARER_SUPPORT',
        deliveryMechanism: 'DIRECT_PAYMENT',
      }),
    ).toBe(true);
  });

  it('passes complete lines and lines that need no costs', () => {
    expect(
      checkCldCostCompleteness({
        serviceType: 'LT_COMMUNITY',
        serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
        deliveryMechanism: 'DIRECT_PAYMENT',
        unitCostPence: 2317,
        costFrequency: 'HOURLY',
        plannedUnitsPerWeekHundredths: 1000,
      }),
    ).toEqual([]);
    expect(
      checkCldCostCompleteness({ serviceType: 'ST_MAX', serviceComponent: 'REABLEMENT' }),
    ).toEqual([]);
  });

  it('fails with CLD_COST_INCOMPLETE at each missing field', () => {
    expect(
      checkCldCostCompleteness({
        serviceType: 'LT_RESIDENTIAL',
        serviceComponent: 'LONG_TERM_RESIDENTIAL_CARE',
      }).map((p) => [p.code, p.path]),
    ).toEqual([
      ['CLD_COST_INCOMPLETE', ['unitCostPence']],
      ['CLD_COST_INCOMPLETE', ['costFrequency']],
    ]);
    expect(
      checkCldCostCompleteness({
        serviceType: 'LT_COMMUNITY',
        serviceComponent: 'DAY_SUPPORT',
        deliveryMechanism: 'CASSR_MANAGED_PERSONAL_BUDGET',
        unitCostPence: 4500,
        costFrequency: 'PER_SESSION',
      }),
    ).toEqual([
      {
        code: 'CLD_COST_INCOMPLETE',
        message: expect.any(String),
        path: ['plannedUnitsPerWeekHundredths'],
      },
    ]);
  });
});
