import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Sign-off levels in ascending order of authority (domain.md §1.1 stage 7, I-5) [S-16 Doncaster].
 */
export const ApprovalLevel = defineCodeList({
  name: 'ApprovalLevel',
  description: 'Who may sign off a personal budget.',
  source: 'S-16 (Doncaster); [P]',
  entries: {
    TEAM: { r1: 'Team', r2: 'Team' },
    MANAGER: { r1: 'Manager', r2: 'Manager' },
    HEAD_OF_SERVICE: { r1: 'Head of service', r2: 'Head of service' },
    PANEL: { r1: 'Panel', r2: 'Panel' },
  },
});

export type ApprovalLevel = CodeOf<typeof ApprovalLevel>;

/** Position of a level in the escalation order (TEAM = 0 … PANEL = 3). */
export function approvalLevelRank(level: ApprovalLevel): number {
  return ApprovalLevel.codes.indexOf(level);
}
