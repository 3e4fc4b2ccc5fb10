import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionSequences, assertLifecycleProperties, walk } from './lifecycle-properties.ts';
import {
  OPEN_RECOVERY_STATUSES,
  RECOVERY_LIFECYCLE,
  recoveryTransition,
} from './recovery-lifecycle.ts';

describe('recovery lifecycle', () => {
  it('is notified only while proposed, and completed from any open status', () => {
    expect(recoveryTransition('PROPOSED', 'NOTIFY')).toEqual({ ok: true, status: 'NOTIFIED' });
    expect(recoveryTransition('NOTIFIED', 'NOTIFY')).toMatchObject({
      ok: false,
      violation: {
        code: 'STATUS_TRANSITION_NOT_ALLOWED',
        message: 'The recovery is notified; it must be proposed to record the notice',
      },
    });
    for (const status of OPEN_RECOVERY_STATUSES) {
      expect(recoveryTransition(status, 'COMPLETE')).toEqual({ ok: true, status: 'RECOVERED' });
    }
    expect(recoveryTransition('WRITTEN_OFF', 'COMPLETE').ok).toBe(false);
  });

  it('property: a closed recovery never reopens', () => {
    assertLifecycleProperties(RECOVERY_LIFECYCLE, 'PROPOSED');
    fc.assert(
      fc.property(actionSequences(RECOVERY_LIFECYCLE), (actions) => {
        const visited = walk(RECOVERY_LIFECYCLE, 'PROPOSED', actions);
        const closed = visited.findIndex((s) => s === 'RECOVERED' || s === 'WRITTEN_OFF');
        return (
          closed === -1 ||
          visited
            .slice(closed)
            .every((s) => !(OPEN_RECOVERY_STATUSES as readonly string[]).includes(s))
        );
      }),
    );
  });
});
