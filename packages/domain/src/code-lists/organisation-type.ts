import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Organisation types (domain.md §6.2 Organisation).
 */
export const OrganisationType = defineCodeList({
  name: 'OrganisationType',
  description: 'The kind of an organisation.',
  source: 'S-17; [P]',
  entries: {
    PROVIDER: { r1: 'Care provider', r2: 'Care provider' },
    ISF_PROVIDER: {
      r1: 'Individual service fund provider',
      r2: 'Individual service fund provider',
    },
    DPSS: { r1: 'Direct payment support service', r2: 'Direct payment support service' },
    BROKERAGE: { r1: 'Brokerage', r2: 'Brokerage' },
    SUPPORT_PLANNING: {
      r1: 'Support planning organisation',
      r2: 'Support planning organisation',
    },
    PAYROLL_BUREAU: { r1: 'Payroll bureau', r2: 'Payroll bureau' },
    CARD_PROVIDER: { r1: 'Payment card provider', r2: 'Payment card provider' },
    VOLUNTARY: { r1: 'Voluntary organisation', r2: 'Voluntary organisation' },
  },
});

export type OrganisationType = CodeOf<typeof OrganisationType>;
