/**
 * The life of a recovery of direct payment money (Care Act s33(5), I-12; domain.md §6.2
 * Recovery): PROPOSED, then NOTIFIED when the person is told (a card sweep needs it, Gateshead
 * practice [S-15]); it may be DISPUTED and AGREED; it ends RECOVERED or WRITTEN_OFF, and a closed
 * recovery never reopens.
 */
import { RecoveryStatus } from '../code-lists/recovery-status.ts';
import { type Lifecycle, type Transition, transition } from './transition.ts';

export type RecoveryAction = 'NOTIFY' | 'DISPUTE' | 'AGREE' | 'COMPLETE' | 'WRITE_OFF';

/** A recovery still owed: not yet recovered or written off. */
export const OPEN_RECOVERY_STATUSES = ['PROPOSED', 'NOTIFIED', 'DISPUTED', 'AGREED'] as const;

export const RECOVERY_LIFECYCLE: Lifecycle<RecoveryStatus, RecoveryAction> = {
  record: 'recovery',
  statuses: RecoveryStatus.codes,
  terminal: ['RECOVERED', 'WRITTEN_OFF'],
  actions: {
    NOTIFY: { from: ['PROPOSED'], to: 'NOTIFIED', doing: 'record the notice' },
    DISPUTE: { from: ['PROPOSED', 'NOTIFIED'], to: 'DISPUTED', doing: 'dispute it' },
    AGREE: { from: ['NOTIFIED', 'DISPUTED'], to: 'AGREED', doing: 'agree it' },
    COMPLETE: { from: OPEN_RECOVERY_STATUSES, to: 'RECOVERED', doing: 'complete it' },
    WRITE_OFF: { from: OPEN_RECOVERY_STATUSES, to: 'WRITTEN_OFF', doing: 'write it off' },
  },
};

export function recoveryTransition(
  status: RecoveryStatus,
  action: RecoveryAction,
): Transition<RecoveryStatus> {
  return transition(RECOVERY_LIFECYCLE, status, action);
}
