import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Direct payment account types [S-15 Trafford]. Cards must not be forced on anyone [S-10f].
 */
export const DpAccountType = defineCodeList({
  name: 'DpAccountType',
  description: 'The account a direct payment is paid into.',
  source: 'S-15 (Trafford)',
  entries: {
    PREPAID_CARD: { r1: 'Prepaid card', r2: 'Prepaid card' },
    DEDICATED_BANK_ACCOUNT: { r1: 'Dedicated bank account', r2: 'Dedicated bank account' },
    MANAGED_ACCOUNT: { r1: 'Managed account (third party)', r2: 'Managed account (third party)' },
    ACCOUNTANT_MANAGED: { r1: 'Accountant-managed account', r2: 'Accountant-managed account' },
  },
});

export type DpAccountType = CodeOf<typeof DpAccountType>;
