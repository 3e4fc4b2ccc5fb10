import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Request Route of Access (domain.md §3.1.2, §7 gap 1). The exact CLD list was not found: these are
 * the SALT values from Hackney's referral form [S-08], reused for R1 and R2, plus PRISON [K].
 */
export const RouteOfAccess = defineCodeList({
  name: 'RouteOfAccess',
  description: 'How a request for support reached the council (Request Route of Access).',
  source: 'S-08',
  entries: {
    PLANNED_ENTRY_TRANSITION: {
      r1: 'Planned Entry (Transition)',
      r2: 'Planned Entry (Transition)',
    },
    DISCHARGE_FROM_HOSPITAL: { r1: 'Discharge from Hospital', r2: 'Discharge from Hospital' },
    DIVERSION_FROM_HOSPITAL: {
      r1: 'Diversion from Hospital Services',
      r2: 'Diversion from Hospital Services',
    },
    SELF_FUNDER_DEPLETED_FUNDS: {
      r1: 'Self-funder with depleted funds',
      r2: 'Self-funder with depleted funds',
    },
    SELF_FUNDER_DEPLETED_FUNDS_AFTER_12WK_DISREGARD_OR_DPA: {
      r1: 'Self-funder with depleted funds (of which previously provided with 12-week disregard or deferred payment)',
      r2: 'Self-funder with depleted funds (of which previously provided with 12-week disregard or deferred payment)',
    },
    COMMUNITY_OTHER: { r1: 'Community/Other route', r2: 'Community/Other route' },
    PRISON: { r1: 'Prison', r2: 'Prison', description: 'Assumed CLD addition [K]; not verified.' },
  },
});

export type RouteOfAccess = CodeOf<typeof RouteOfAccess>;
