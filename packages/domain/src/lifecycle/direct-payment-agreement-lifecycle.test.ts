import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIRECT_PAYMENT_AGREEMENT_LIFECYCLE,
  directPaymentAgreementTransition,
  terminateAgreement,
} from './direct-payment-agreement-lifecycle.ts';
import { actionSequences, assertLifecycleProperties, walk } from './lifecycle-properties.ts';

describe('direct payment agreement lifecycle', () => {
  it('moves money only while active', () => {
    expect(directPaymentAgreementTransition('ACTIVE', 'MOVE_MONEY')).toEqual({
      ok: true,
      status: 'ACTIVE',
    });
    for (const status of ['DRAFT', 'SUSPENDED', 'TERMINATED'] as const) {
      expect(directPaymentAgreementTransition(status, 'MOVE_MONEY')).toMatchObject({
        ok: false,
        violation: { code: 'STATUS_TRANSITION_NOT_ALLOWED' },
      });
    }
  });

  it('suspends and resumes', () => {
    expect(directPaymentAgreementTransition('ACTIVE', 'SUSPEND')).toEqual({
      ok: true,
      status: 'SUSPENDED',
    });
    expect(directPaymentAgreementTransition('SUSPENDED', 'RESUME')).toEqual({
      ok: true,
      status: 'ACTIVE',
    });
  });

  it('terminates with a reason and an end date not before the start', () => {
    expect(
      terminateAgreement({ status: 'ACTIVE', startDate: '2026-04-01' }, '2026-11-30', 'DECEASED'),
    ).toEqual({
      ok: true,
      termination: { status: 'TERMINATED', endDate: '2026-11-30', terminationReason: 'DECEASED' },
    });
    expect(
      terminateAgreement({ status: 'ACTIVE', startDate: '2026-04-01' }, '2026-03-31', 'DECEASED'),
    ).toMatchObject({ ok: false, violation: { code: 'END_BEFORE_START' } });
    expect(
      terminateAgreement(
        { status: 'TERMINATED', startDate: '2026-04-01' },
        '2026-11-30',
        'MOVED_LA',
      ),
    ).toMatchObject({ ok: false, violation: { code: 'STATUS_TRANSITION_NOT_ALLOWED' } });
  });

  it('property: a terminated agreement never pays again', () => {
    assertLifecycleProperties(DIRECT_PAYMENT_AGREEMENT_LIFECYCLE, 'DRAFT');
    fc.assert(
      fc.property(actionSequences(DIRECT_PAYMENT_AGREEMENT_LIFECYCLE), (actions) => {
        const visited = walk(DIRECT_PAYMENT_AGREEMENT_LIFECYCLE, 'DRAFT', actions);
        const terminated = visited.indexOf('TERMINATED');
        return terminated === -1 || !visited.slice(terminated).includes('ACTIVE');
      }),
    );
  });
});
