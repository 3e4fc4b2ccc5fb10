import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpendRejectionReason } from '../code-lists/spend-rejection-reason.ts';
import {
  actionSequences,
  assertLifecycleProperties,
  reachable,
  walk,
} from './lifecycle-properties.ts';
import {
  SPEND_SUBMISSION_LIFECYCLE,
  spendRejectionSchema,
  spendSubmissionTransition,
} from './spend-submission-lifecycle.ts';

describe('spend submission lifecycle (D98)', () => {
  it('a submitted spend is accepted or rejected, and a decision is never taken twice', () => {
    expect(spendSubmissionTransition('SUBMITTED', 'ACCEPT')).toEqual({
      ok: true,
      status: 'ACCEPTED',
    });
    expect(spendSubmissionTransition('SUBMITTED', 'REJECT')).toEqual({
      ok: true,
      status: 'REJECTED',
    });
    expect(spendSubmissionTransition('ACCEPTED', 'REJECT', ['input', 'submissionId'])).toEqual({
      ok: false,
      violation: {
        code: 'STATUS_TRANSITION_NOT_ALLOWED',
        message: 'The submitted spend is accepted; it must be submitted to reject it',
        path: ['input', 'submissionId'],
      },
    });
    for (const status of ['ACCEPTED', 'REJECTED'] as const) {
      expect(spendSubmissionTransition(status, 'ACCEPT').ok).toBe(false);
      expect(spendSubmissionTransition(status, 'REJECT').ok).toBe(false);
    }
  });

  it('property: statuses stay valid, and only the first decision changes anything', () => {
    assertLifecycleProperties(SPEND_SUBMISSION_LIFECYCLE, 'SUBMITTED');
    expect([...reachable(SPEND_SUBMISSION_LIFECYCLE, 'SUBMITTED')].sort()).toEqual([
      'ACCEPTED',
      'REJECTED',
      'SUBMITTED',
    ]);
    fc.assert(
      fc.property(actionSequences(SPEND_SUBMISSION_LIFECYCLE), (actions) => {
        const visited = walk(SPEND_SUBMISSION_LIFECYCLE, 'SUBMITTED', actions);
        const decided = actions[0] === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
        // the first action decides; every later one is refused and changes nothing
        return visited.slice(1).every((status) => status === decided);
      }),
    );
  });
});

describe('spend rejection', () => {
  it('takes a code of the list, with an optional note', () => {
    for (const reason of SpendRejectionReason.codes.filter((code) => code !== 'OTHER')) {
      expect(spendRejectionSchema.safeParse({ reason }).success).toBe(true);
    }
    expect(
      spendRejectionSchema.parse({ reason: 'NO_EVIDENCE', note: '  Receipt unreadable  ' }),
    ).toEqual({ reason: 'NO_EVIDENCE', note: 'Receipt unreadable' });
  });

  it('needs a note for OTHER, and refuses codes outside the list and over-long notes', () => {
    const other = spendRejectionSchema.safeParse({ reason: 'OTHER' });
    expect(other.success).toBe(false);
    expect(other.error?.issues[0]?.path).toEqual(['note']);
    expect(
      spendRejectionSchema.safeParse({ reason: 'OTHER', note: 'Paid twice by card' }).success,
    ).toBe(true);
    expect(spendRejectionSchema.safeParse({ reason: 'TOO_EXPENSIVE' }).success).toBe(false);
    expect(spendRejectionSchema.safeParse({ reason: 'OTHER', note: '   ' }).success).toBe(false);
    expect(
      spendRejectionSchema.safeParse({ reason: 'DUPLICATE', note: 'x'.repeat(2001) }).success,
    ).toBe(false);
  });
});
