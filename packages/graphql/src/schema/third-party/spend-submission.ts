import { builder } from '../../builder.ts';

interface SubmittedSpend {
  readonly id: string;
  readonly postedDate: Date;
  readonly amountPence: number;
  readonly evidenceRef: string | null;
}

/**
 * What a third-party app gets back for spend it submitted: the ledger entry's id and what was
 * recorded. The council's ledger itself stays with its staff.
 */
export const SpendSubmissionRef = builder.objectRef<SubmittedSpend>('SpendSubmission').implement({
  description: 'Spend a third-party app recorded on a direct payment account, with its evidence.',
  fields: (t) => ({
    transactionId: t.globalID({
      description: 'The AccountTransaction recorded (the first one, for a repeated key).',
      resolve: (entry) => ({ type: 'AccountTransaction', id: entry.id }),
    }),
    postedDate: t.field({ type: 'Date', resolve: (entry) => entry.postedDate }),
    amountPence: t.field({
      type: 'Pence',
      description: 'Negative: money out of the account.',
      resolve: (entry) => entry.amountPence,
    }),
    evidenceRef: t.exposeString('evidenceRef', { nullable: true }),
  }),
});
