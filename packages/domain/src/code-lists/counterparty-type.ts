import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Counterparties of account transactions (domain.md §6.2 AccountTransaction).
 */
export const CounterpartyType = defineCodeList({
  name: 'CounterpartyType',
  description: 'Who the other side of a direct payment account transaction is.',
  source: '[P]',
  entries: {
    PA: { r1: 'Personal assistant', r2: 'Personal assistant' },
    AGENCY: { r1: 'Agency', r2: 'Agency' },
    PROVIDER: { r1: 'Provider', r2: 'Provider' },
    PAYROLL: { r1: 'Payroll', r2: 'Payroll' },
    HMRC: { r1: 'HMRC', r2: 'HMRC' },
    INSURER: { r1: 'Insurer', r2: 'Insurer' },
    PENSION: { r1: 'Pension', r2: 'Pension' },
    RETAIL: { r1: 'Retail', r2: 'Retail' },
    CASH: { r1: 'Cash', r2: 'Cash' },
    LA: { r1: 'Council', r2: 'Council' },
    OTHER: { r1: 'Other', r2: 'Other' },
  },
});

export type CounterpartyType = CodeOf<typeof CounterpartyType>;
