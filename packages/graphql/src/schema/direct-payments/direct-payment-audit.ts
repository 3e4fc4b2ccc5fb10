import type { Prisma } from '@openpb/db/client';
import { AuditOutcome } from '@openpb/domain/code-lists/audit-outcome';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { codeEnum } from '../code-lists.ts';
import { AuditFindingRef, findingsOf } from './audit-finding.ts';
import { RecoveryRef } from './recovery.ts';

/** The recoveries raised from an audit, newest first. */
const AUDIT_RECOVERIES: ChildRelation<Prisma.RecoveryGetPayload<object>> = {
  model: 'Recovery',
  parentField: 'auditId',
  orderBy: [
    ['raisedDate', 'DESC'],
    ['id', 'DESC'],
  ],
};
const auditRecoveriesPages = prismaConnectionHelpers(builder, 'Recovery', { cursor: 'id' });

export const DirectPaymentAuditRef = builder.prismaNode('DirectPaymentAudit', {
  authScopes: STAFF_ONLY,
  description:
    'A proportionate check of a direct payment account over a period (domain.md §4.4): balances from the ledger, expected spend from the agreement, and the recoverable surplus (I-12).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    agreement: t.relation('agreement'),
    periodStart: t.field({ type: 'Date', resolve: (audit) => audit.periodStart }),
    periodEnd: t.field({ type: 'Date', resolve: (audit) => audit.periodEnd }),
    openingBalancePence: t.field({
      type: 'Pence',
      description: 'Balance before the period.',
      resolve: (audit) => audit.openingBalancePence,
    }),
    paidInLaPence: t.field({
      type: 'Pence',
      description: 'Council payments into the account in the period.',
      resolve: (audit) => audit.paidInLaPence,
    }),
    paidInClientPence: t.field({
      type: 'Pence',
      description: 'The person’s contributions into the account in the period.',
      resolve: (audit) => audit.paidInClientPence,
    }),
    spentPence: t.field({
      type: 'Pence',
      description: 'Spend out of the account in the period.',
      resolve: (audit) => audit.spentPence,
    }),
    closingBalancePence: t.field({
      type: 'Pence',
      description: 'Balance at the end of the period.',
      resolve: (audit) => audit.closingBalancePence,
    }),
    expectedSpendPence: t.field({
      type: 'Pence',
      description: 'Weekly gross DP × days in the period / 7.',
      resolve: (audit) => audit.expectedSpendPence,
    }),
    surplusPence: t.field({
      type: 'Pence',
      description: 'Closing balance less outstanding liabilities, never below zero (I-12).',
      resolve: (audit) => audit.surplusPence,
    }),
    contingencyAllowancePence: t.field({
      type: 'Pence',
      description: 'Weekly net DP × the agreement’s contingency weeks (I-12).',
      resolve: (audit) => audit.contingencyAllowancePence,
    }),
    recoverablePence: t.field({
      type: 'Pence',
      description: 'Surplus less contingency allowance, never below zero (I-12).',
      resolve: (audit) => audit.recoverablePence,
    }),
    findings: t.field({
      type: [AuditFindingRef],
      select: { findings: true },
      resolve: (audit) => [...findingsOf(audit.findings)],
    }),
    outcome: t.expose('outcome', {
      type: codeEnum(AuditOutcome),
    }),
    auditorName: t.string({
      description: 'The member of staff who completed the audit.',
      select: { auditor: { select: { name: true } } },
      resolve: (audit) => audit.auditor.name,
    }),
    completedDate: t.field({ type: 'Date', resolve: (audit) => audit.completedDate }),
    recoveries: t.connection({
      type: RecoveryRef,
      description: 'Recoveries raised from this audit, newest first.',
      resolve: childPage(auditRecoveriesPages, AUDIT_RECOVERIES),
    }),
  }),
});
