import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionSequences,
  assertLifecycleProperties,
  reachable,
  walk,
} from './lifecycle-properties.ts';
import { REVIEW_LIFECYCLE, reviewStatusOf, reviewTransition } from './review-lifecycle.ts';

describe('review lifecycle', () => {
  it('a scheduled review is completed or cancelled, once', () => {
    expect(reviewTransition('SCHEDULED', 'COMPLETE')).toEqual({ ok: true, status: 'COMPLETED' });
    expect(reviewTransition('SCHEDULED', 'CANCEL')).toEqual({ ok: true, status: 'CANCELLED' });
    expect(reviewTransition('CANCELLED', 'COMPLETE')).toMatchObject({
      ok: false,
      violation: {
        code: 'STATUS_TRANSITION_NOT_ALLOWED',
        message: 'The review is cancelled; it must be scheduled to record its outcome',
      },
    });
    expect(reviewTransition('COMPLETED', 'COMPLETE').ok).toBe(false);
    expect(reviewTransition('COMPLETED', 'CANCEL').ok).toBe(false);
  });

  it('takes its status from its dates, a cancellation first', () => {
    expect(reviewStatusOf({ completedDate: null, cancelledOn: null })).toBe('SCHEDULED');
    expect(reviewStatusOf({ completedDate: '2025-06-01', cancelledOn: null })).toBe('COMPLETED');
    expect(reviewStatusOf({ completedDate: null, cancelledOn: '2025-06-15' })).toBe('CANCELLED');
  });

  it('property: statuses stay valid, and a review that took place is never cancelled', () => {
    assertLifecycleProperties(REVIEW_LIFECYCLE, 'SCHEDULED');
    expect([...reachable(REVIEW_LIFECYCLE, 'SCHEDULED')].sort()).toEqual([
      'CANCELLED',
      'COMPLETED',
      'SCHEDULED',
    ]);
    fc.assert(
      fc.property(actionSequences(REVIEW_LIFECYCLE), (actions) => {
        const visited = walk(REVIEW_LIFECYCLE, 'SCHEDULED', actions);
        const completed = visited.indexOf('COMPLETED');
        return completed === -1 || !visited.slice(completed).includes('CANCELLED');
      }),
    );
  });
});
