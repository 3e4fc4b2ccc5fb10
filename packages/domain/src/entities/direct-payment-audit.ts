/**
 * A direct payment audit completed by the council (domain.md §4.4, §6.2 DirectPaymentAudit). The
 * balances are computed from the ledger, not entered; the auditor gives the period, the findings,
 * the outcome and any liabilities still to be paid from the account (I-12).
 */
import { z } from 'zod';
import { AuditOutcome } from '../code-lists/audit-outcome.ts';
import { checkEventDates } from '../rules/event-dates.ts';
import {
  addViolations,
  codeSchema,
  idSchema,
  isoDateSchema,
  penceSchema,
  textSchema,
} from './field-schemas.ts';

export const auditFindingSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,49}$/, { error: 'Use capitals, digits and underscores' }),
  detail: textSchema(2000),
  amountPence: penceSchema.optional(),
});

export const directPaymentAuditInputSchema = z
  .object({
    agreementId: idSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    findings: z.array(auditFindingSchema).max(50).default([]),
    outcome: codeSchema(AuditOutcome),
    /** Money already owed from the account at the period end (invoices, wages due). */
    outstandingLiabilitiesPence: penceSchema.default(0),
  })
  .superRefine((audit, context) => {
    const periodProblems = checkEventDates({
      eventType: 'SERVICE',
      startDate: audit.periodStart,
      endDate: audit.periodEnd,
    });
    addViolations(
      context,
      periodProblems.map((problem) => ({ ...problem, path: ['periodEnd'] })),
    );
  });

export type DirectPaymentAuditInput = z.output<typeof directPaymentAuditInputSchema>;
