import { LedgerEntryKind } from '@openpb/domain/code-lists/ledger-entry-kind';
import { compareDates, type IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { resolversOnly } from '../../sql-reads/sql-field.ts';
import { codeEnum } from '../code-lists.ts';
import { AccountTransactionRef } from './account-transaction.ts';
import { type LedgerKindTotal, type LedgerTotals, ledgerTotals } from './ledger-totals.ts';
import { encodeStatementCursor, statementPage } from './statement-page.ts';
import { type SurplusPosition, surplusPosition } from './surplus-position.ts';

const LedgerKindTotalRef = builder.objectRef<LedgerKindTotal>('LedgerKindTotal').implement({
  description: 'Money in and out of the account for one kind of ledger entry over the period.',
  fields: (t) => ({
    kind: t.field({ type: codeEnum(LedgerEntryKind), resolve: (total) => total.kind }),
    inPence: t.field({ type: 'Pence', resolve: (total) => total.inPence }),
    outPence: t.field({
      type: 'Pence',
      description: 'Money out, as a positive amount.',
      resolve: (total) => total.outPence,
    }),
    entryCount: t.exposeInt('entryCount'),
  }),
});

/** The statement's figures besides its lines. */
interface StatementSummary extends LedgerTotals, SurplusPosition {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

function summaryOf(connection: object): StatementSummary {
  return connection as StatementSummary;
}

function pence(description: string, pick: (summary: StatementSummary) => Pence) {
  return {
    type: 'Pence' as const,
    description,
    resolve: (connection: object) => pick(summaryOf(connection)),
  };
}

builder.prismaObjectField('DirectPaymentAgreement', 'statement', (t) =>
  t.connection(
    {
      type: AccountTransactionRef,
      extensions: resolversOnly(
        'a statement over a period, with running balances: its resolver reads it',
      ),
      description:
        'The account statement for an end-inclusive period: opening balance, each entry with its running balance (oldest first), closing balance, totals by kind, and the surplus position (I-12) at the closing balance with no outstanding liabilities.',
      select: {
        id: true,
        councilId: true,
        paymentBasis: true,
        weeklyGrossPence: true,
        weeklyContributionPence: true,
        contingencyWeeksHundredths: true,
      },
      args: {
        from: t.arg({ type: 'Date', required: true }),
        to: t.arg({ type: 'Date', required: true }),
      },
      resolve: async (agreement, args, context) => {
        if (compareDates(args.from, args.to) > 0) {
          throw new GraphQLError('The statement period ends before it starts');
        }
        const where = { councilId: agreement.councilId, agreementId: agreement.id };
        const period = { from: args.from, to: args.to };
        const [totals, page] = await Promise.all([
          ledgerTotals(context.db, where, args.from, args.to),
          statementPage(context.db, where, period, args),
        ]);
        const rows = await context.db.accountTransaction.findMany({
          where: { id: { in: page.lines.map((line) => line.id) } },
        });
        const byId = new Map(rows.map((row) => [row.id, row]));
        const edges = page.lines.flatMap((line) => {
          const node = byId.get(line.id);
          return node
            ? [{ cursor: encodeStatementCursor(line), node, balancePence: line.balancePence }]
            : [];
        });
        const summary: StatementSummary = {
          ...totals,
          ...surplusPosition(agreement, totals.closingBalancePence, 0),
          ...period,
        };
        return {
          ...summary,
          // every entry of the period, across pages (the totals count them by kind)
          totalCount: totals.byKind.reduce((sum, kind) => sum + kind.entryCount, 0),
          edges,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: page.hasPreviousPage,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    {
      name: 'DirectPaymentStatement',
      description: 'A direct payment account statement for a period.',
      fields: (c) => ({
        from: c.field({ type: 'Date', resolve: (connection) => summaryOf(connection).from }),
        to: c.field({ type: 'Date', resolve: (connection) => summaryOf(connection).to }),
        openingBalancePence: c.field(
          pence('Balance before the period.', (summary) => summary.openingBalancePence),
        ),
        closingBalancePence: c.field(
          pence('Balance at the end of the period.', (summary) => summary.closingBalancePence),
        ),
        totalsByKind: c.field({
          type: [LedgerKindTotalRef],
          description: 'Money in and out within the period, per kind of entry.',
          resolve: (connection) => [...summaryOf(connection).byKind],
        }),
        surplusPence: c.field(
          pence('Closing balance, never below zero (I-12).', (summary) => summary.surplusPence),
        ),
        contingencyAllowancePence: c.field(
          pence(
            'Weekly net payment × contingency weeks (I-12).',
            (summary) => summary.contingencyAllowancePence,
          ),
        ),
        recoverablePence: c.field(
          pence(
            'Surplus less contingency allowance, never below zero (I-12).',
            (summary) => summary.recoverablePence,
          ),
        ),
      }),
    },
    {
      name: 'DirectPaymentStatementLine',
      description: 'One ledger entry of a statement with the balance after it.',
      fields: (e) => ({
        balancePence: e.field({
          type: 'Pence',
          description: 'The running balance of the account after this entry.',
          resolve: (edge) => (edge as unknown as { balancePence: Pence }).balancePence,
        }),
      }),
    },
  ),
);
