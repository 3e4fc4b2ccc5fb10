import { describe, expect, it } from 'vitest';
import { reviewTriggersFor } from './review-triggers.ts';

describe('I-11 reviewTriggersFor', () => {
  it('a safeguarding concern affecting the DP requires an unplanned safeguarding review', () => {
    expect(
      reviewTriggersFor({
        kind: 'SAFEGUARDING_CONCERN_RAISED',
        occurredOn: '2024-06-03',
        affectsDirectPayment: true,
      }),
    ).toEqual({
      required: true,
      reason: 'UNPLANNED_SAFEGUARDING_CONCERN',
      isDirectPaymentReview: true,
      dueBy: '2024-06-13',
      explanation: expect.any(String),
    });
  });

  it('a safeguarding concern not affecting the DP does not', () => {
    const result = reviewTriggersFor({
      kind: 'SAFEGUARDING_CONCERN_RAISED',
      occurredOn: '2024-06-03',
      affectsDirectPayment: false,
    });
    expect(result.required).toBe(false);
    expect(result.reason).toBeNull();
    expect(result.dueBy).toBeNull();
  });

  it('audit misuse, capacity change, recipient change, breaches trigger UNPLANNED_OTHER', () => {
    const events = [
      {
        kind: 'AUDIT_COMPLETED',
        occurredOn: '2024-06-03',
        outcome: 'RECOVERY_RAISED',
        misuseFound: true,
      },
      {
        kind: 'CAPACITY_CHANGED',
        occurredOn: '2024-06-03',
        from: 'CAPACITY_PRESENT',
        to: 'LACKS_CAPACITY',
      },
      { kind: 'RECIPIENT_CHANGED', occurredOn: '2024-06-03' },
      { kind: 'CONDITION_BREACHED', occurredOn: '2024-06-03' },
      { kind: 'S32_CONDITION_NOT_MET', occurredOn: '2024-06-03' },
    ] as const;
    for (const event of events) {
      expect(reviewTriggersFor(event)).toMatchObject({
        required: true,
        reason: 'UNPLANNED_OTHER',
        isDirectPaymentReview: true,
      });
    }
  });

  it('a clean audit or an unchanged capacity does not trigger', () => {
    expect(
      reviewTriggersFor({
        kind: 'AUDIT_COMPLETED',
        occurredOn: '2024-06-03',
        outcome: 'NO_ACTION',
        misuseFound: false,
      }).required,
    ).toBe(false);
    expect(
      reviewTriggersFor({
        kind: 'CAPACITY_CHANGED',
        occurredOn: '2024-06-03',
        from: 'LACKS_CAPACITY',
        to: 'LACKS_CAPACITY',
      }).required,
    ).toBe(false);
  });

  it('uses the council SLA for the due date', () => {
    expect(
      reviewTriggersFor(
        { kind: 'RECIPIENT_CHANGED', occurredOn: '2024-06-03' },
        { unplannedReviewSlaDays: 28 },
      ).dueBy,
    ).toBe('2024-07-01');
  });
});
