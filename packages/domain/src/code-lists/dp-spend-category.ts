import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Direct payment spend categories [P], drawn from the employer duties in S-15 (domain.md §4.3, §6.3).
 */
export const DpSpendCategory = defineCodeList({
  name: 'DpSpendCategory',
  description: 'What a direct payment was spent on.',
  source: '[P] from S-15 employer duties',
  entries: {
    PA_WAGES: { r1: 'Personal assistant wages', r2: 'Personal assistant wages' },
    PA_EMPLOYER_ON_COSTS: {
      r1: 'Employer on-costs (NI, pension, holiday pay)',
      r2: 'Employer on-costs (NI, pension, holiday pay)',
    },
    PAYROLL_SERVICE: { r1: 'Payroll service', r2: 'Payroll service' },
    EMPLOYERS_LIABILITY_INSURANCE: {
      r1: "Employer's liability insurance",
      r2: "Employer's liability insurance",
    },
    AGENCY_HOME_CARE: { r1: 'Agency home care', r2: 'Agency home care' },
    DAY_ACTIVITY: { r1: 'Day activity', r2: 'Day activity' },
    SHORT_BREAK_RESPITE: { r1: 'Short break or respite', r2: 'Short break or respite' },
    TRANSPORT: { r1: 'Transport', r2: 'Transport' },
    EQUIPMENT_OR_ASSISTIVE_TECH: {
      r1: 'Equipment or assistive technology',
      r2: 'Equipment or assistive technology',
    },
    ACTIVITY_OR_MEMBERSHIP: { r1: 'Activity or membership', r2: 'Activity or membership' },
    MANAGED_ACCOUNT_FEE: { r1: 'Managed account fee', r2: 'Managed account fee' },
    CARD_FEE: { r1: 'Payment card fee', r2: 'Payment card fee' },
    TRAINING: { r1: 'Training', r2: 'Training' },
    CASH_WITHDRAWAL: { r1: 'Cash withdrawal', r2: 'Cash withdrawal' },
    REFUND_TO_LA: { r1: 'Refund to the council', r2: 'Refund to the council' },
    OTHER: { r1: 'Other', r2: 'Other' },
  },
});

export type DpSpendCategory = CodeOf<typeof DpSpendCategory>;
