import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Why a council's finance officer rejects spend an app submitted (D98). The grounds are the ones
 * direct payment monitoring checks (domain.md §4.2, §4.4): money used for needs outside the plan
 * (Care Act s33(3) [S-09d]), spend without its receipt or invoice (audits ask for them, Trafford
 * [S-15]), a close family member paid without the council's approval (reg 3 of the Direct
 * Payments Regulations 2014, I-8 [S-09e]), a local exclusion (South Tyneside's list [S-15]), and a
 * duplicate of spend already recorded. The list itself is [P]: no national code list exists.
 */
export const SpendRejectionReason = defineCodeList({
  name: 'SpendRejectionReason',
  description: 'Why the council rejected spend an app submitted.',
  source: 'S-09d, S-09e, S-15; [P]',
  entries: {
    NOT_IN_SUPPORT_PLAN: {
      r1: 'Not for a need in the support plan',
      r2: 'Not for a need in the support plan',
    },
    NO_EVIDENCE: {
      r1: 'No receipt or invoice supports it',
      r2: 'No receipt or invoice supports it',
    },
    DUPLICATE: { r1: 'Already recorded', r2: 'Already recorded' },
    FAMILY_MEMBER_NOT_APPROVED: {
      r1: 'Pays a family member without the council’s approval',
      r2: 'Pays a family member without the council’s approval',
    },
    EXCLUDED_BY_COUNCIL_POLICY: {
      r1: 'Excluded by the council’s direct payment policy',
      r2: 'Excluded by the council’s direct payment policy',
    },
    OTHER: { r1: 'Other (see the note)', r2: 'Other (see the note)' },
  },
});

export type SpendRejectionReason = CodeOf<typeof SpendRejectionReason>;
