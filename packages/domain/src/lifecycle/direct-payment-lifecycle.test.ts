import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECT_PAYMENT_LIFECYCLE, directPaymentTransition } from './direct-payment-lifecycle.ts';
import { actionSequences, assertLifecycleProperties, walk } from './lifecycle-properties.ts';

describe('direct payment lifecycle', () => {
  it('pays a scheduled payment once', () => {
    expect(directPaymentTransition('SCHEDULED', 'PAY')).toEqual({ ok: true, status: 'PAID' });
    expect(directPaymentTransition('PAID', 'PAY')).toMatchObject({
      ok: false,
      violation: { message: 'The payment is paid; it must be scheduled to record it as paid' },
    });
    expect(directPaymentTransition('HELD', 'RELEASE')).toEqual({ ok: true, status: 'SCHEDULED' });
  });

  it('property: a payment is paid at most once and a cancelled one never pays', () => {
    assertLifecycleProperties(DIRECT_PAYMENT_LIFECYCLE, 'SCHEDULED');
    fc.assert(
      fc.property(actionSequences(DIRECT_PAYMENT_LIFECYCLE), (actions) => {
        const visited = walk(DIRECT_PAYMENT_LIFECYCLE, 'SCHEDULED', actions);
        const cancelled = visited.indexOf('CANCELLED');
        return cancelled === -1 || !visited.slice(cancelled).includes('PAID');
      }),
    );
  });
});
