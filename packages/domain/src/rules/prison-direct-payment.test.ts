import { describe, expect, it } from 'vitest';
import { checkPrisonDirectPayment } from './prison-direct-payment.ts';

describe('I-15 no direct payment in prison', () => {
  it('passes managed support in prison and DPs elsewhere', () => {
    expect(
      checkPrisonDirectPayment({
        serviceType: 'LT_PRISON',
        deliveryMechanism: 'CASSR_MANAGED_PERSONAL_BUDGET',
      }),
    ).toEqual([]);
    expect(
      checkPrisonDirectPayment({
        serviceType: 'LT_COMMUNITY',
        deliveryMechanism: 'DIRECT_PAYMENT',
      }),
    ).toEqual([]);
  });

  it('fails with DP_IN_PRISON at deliveryMechanism and serviceComponent', () => {
    expect(
      checkPrisonDirectPayment({
        serviceType: 'LT_PRISON',
        serviceComponent: 'DIRECT_PAYMENT',
        deliveryMechanism: 'DIRECT_PAYMENT',
      }).map((p) => [p.code, p.path]),
    ).toEqual([
      ['DP_IN_PRISON', ['deliveryMechanism']],
      ['DP_IN_PRISON', ['serviceComponent']],
    ]);
  });
});
