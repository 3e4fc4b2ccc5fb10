import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Representative roles (domain.md §2, §6.2) [partly S-15; P].
 */
export const RepresentativeRole = defineCodeList({
  name: 'RepresentativeRole',
  description: 'The role a representative plays for the person.',
  source: 'S-15; [P]',
  entries: {
    NOMINATED_PERSON: { r1: 'Nominated person (s31)', r2: 'Nominated person (s31)' },
    AUTHORISED_PERSON: { r1: 'Authorised person (s32)', r2: 'Authorised person (s32)' },
    LPA_HEALTH_WELFARE: {
      r1: 'Lasting power of attorney: health and welfare',
      r2: 'Lasting power of attorney: health and welfare',
    },
    LPA_PROPERTY_FINANCE: {
      r1: 'Lasting power of attorney: property and financial affairs',
      r2: 'Lasting power of attorney: property and financial affairs',
    },
    COURT_DEPUTY: { r1: 'Court of Protection deputy', r2: 'Court of Protection deputy' },
    APPOINTEE: { r1: 'Appointee', r2: 'Appointee' },
    INDEPENDENT_ADVOCATE: { r1: 'Independent advocate', r2: 'Independent advocate' },
    BROKER: { r1: 'Broker', r2: 'Broker' },
    SUPPORT_PLANNER: { r1: 'Support planner', r2: 'Support planner' },
    DPSS: { r1: 'Direct payment support service', r2: 'Direct payment support service' },
    ISF_PROVIDER: {
      r1: 'Individual service fund provider',
      r2: 'Individual service fund provider',
    },
  },
});

export type RepresentativeRole = CodeOf<typeof RepresentativeRole>;
