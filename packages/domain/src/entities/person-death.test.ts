import { describe, expect, it } from 'vitest';
import { deathCascade, type RecordsAtDeath, recordDeathInputSchema } from './person-death.ts';

const today = '2026-12-01';
const death = '2026-10-15';
const none: RecordsAtDeath = {
  plans: [],
  budgets: [],
  agreements: [],
  payments: [],
  carerLinks: [],
  openRequests: [],
  openAssessments: [],
  scheduledReviews: [],
};

function cascadeOf(records: Partial<RecordsAtDeath>) {
  const result = deathCascade({ ...none, ...records }, death, today);
  if (!result.ok) throw new Error(result.violation.message);
  return result.cascade;
}

describe('recordDeathInputSchema', () => {
  it('refuses a date of death in the future', () => {
    const schema = recordDeathInputSchema(today);
    expect(schema.safeParse({ personId: 'P', deathDate: today }).success).toBe(true);
    const future = schema.safeParse({ personId: 'P', deathDate: '2026-12-02' });
    expect(future.success ? [] : future.error.issues.map((issue) => issue.path)).toEqual([
      ['deathDate'],
    ]);
  });
});

describe('deathCascade (I-13: open events close at the date of death, S-02a)', () => {
  it('ends every open service line on the date of death and the approved plan with it', () => {
    const cascade = cascadeOf({
      plans: [
        {
          id: 'plan',
          status: 'APPROVED',
          startDate: '2026-01-01',
          endDate: null,
          lines: [
            { id: 'open', status: 'ACTIVE', startDate: '2026-01-01', endDate: null },
            { id: 'late-end', status: 'ACTIVE', startDate: '2026-01-01', endDate: '2027-03-31' },
            { id: 'over', status: 'ENDED', startDate: '2026-01-01', endDate: '2026-05-31' },
            { id: 'suspended', status: 'SUSPENDED', startDate: '2026-02-01', endDate: null },
            { id: 'not-started', status: 'PLANNED', startDate: '2026-11-01', endDate: null },
            { id: 'cancelled', status: 'CANCELLED', startDate: '2026-01-01', endDate: null },
          ],
        },
      ],
    });
    expect(cascade.lines).toEqual([
      { id: 'open', status: 'ENDED', endDate: death },
      { id: 'late-end', status: 'ENDED', endDate: death },
      { id: 'suspended', status: 'ENDED', endDate: death },
      // a line due to start after the death never ran: CLD leaves cancelled events out (S-03)
      { id: 'not-started', status: 'CANCELLED', endDate: null },
    ]);
    expect(cascade.plans).toEqual([{ id: 'plan', status: 'ENDED', endDate: death }]);
  });

  it('cuts back a superseded version that ran past the death, leaves never-run versions alone and withdraws a draft', () => {
    const line = {
      id: 'l',
      status: 'ENDED',
      startDate: '2026-01-01',
      endDate: '2026-11-30',
    } as const;
    const cascade = cascadeOf({
      plans: [
        {
          id: 'superseded',
          status: 'SUPERSEDED',
          startDate: '2026-01-01',
          endDate: '2026-11-30',
          lines: [line],
        },
        {
          id: 'never-ran',
          status: 'SUPERSEDED',
          startDate: '2026-01-01',
          endDate: null,
          lines: [],
        },
        {
          id: 'draft',
          status: 'DRAFT',
          startDate: '2026-12-01',
          endDate: null,
          lines: [{ id: 'draft-line', status: 'PLANNED', startDate: '2026-12-01', endDate: null }],
        },
      ],
    });
    expect(cascade.plans).toEqual([
      { id: 'superseded', status: 'SUPERSEDED', endDate: death },
      // a draft starting after the death is closed at its own start: no period runs backwards
      { id: 'draft', status: 'WITHDRAWN', endDate: '2026-12-01' },
    ]);
    expect(cascade.lines).toEqual([
      { id: 'l', status: 'ENDED', endDate: death },
      { id: 'draft-line', status: 'CANCELLED', endDate: null },
    ]);
  });

  it('withdraws draft and submitted plans (WITHDRAW, not the approver’s REJECT); their lines never ran', () => {
    const cascade = cascadeOf({
      plans: [
        {
          id: 'draft',
          status: 'DRAFT',
          startDate: '2026-09-01',
          endDate: null,
          lines: [{ id: 'd1', status: 'PLANNED', startDate: '2026-09-01', endDate: null }],
        },
        {
          id: 'submitted',
          status: 'SUBMITTED',
          startDate: '2026-10-01',
          endDate: '2027-09-30',
          lines: [
            { id: 's1', status: 'PLANNED', startDate: '2026-10-01', endDate: '2027-09-30' },
            { id: 's2', status: 'CANCELLED', startDate: '2026-10-01', endDate: null },
          ],
        },
        { id: 'rejected', status: 'REJECTED', startDate: '2026-08-01', endDate: null, lines: [] },
      ],
    });
    expect(cascade.plans).toEqual([
      { id: 'draft', status: 'WITHDRAWN', endDate: death },
      { id: 'submitted', status: 'WITHDRAWN', endDate: death },
    ]);
    expect(cascade.lines).toEqual([
      { id: 'd1', status: 'CANCELLED', endDate: null },
      { id: 's1', status: 'CANCELLED', endDate: '2027-09-30' },
    ]);
  });

  it('closes open requests and assessments on the date of death with outcome NFA: Deceased', () => {
    const cascade = cascadeOf({
      openRequests: [{ id: 'r', receivedDate: '2026-09-01' }],
      openAssessments: [
        { id: 'a', startDate: '2026-09-10' },
        { id: 'same-day', startDate: death },
      ],
    });
    expect(cascade.requests).toEqual([{ id: 'r', closedDate: death, outcome: 'NFA_DECEASED' }]);
    expect(cascade.assessments).toEqual([
      { id: 'a', completedDate: death, outcome: 'NFA_DECEASED' },
      { id: 'same-day', completedDate: death, outcome: 'NFA_DECEASED' },
    ]);
  });

  it('cancels scheduled reviews on the date of death (reason DECEASED), overdue or not', () => {
    const cascade = cascadeOf({
      scheduledReviews: [
        { id: 'overdue', dueDate: '2026-08-01' },
        { id: 'due-later', dueDate: '2027-01-15' },
      ],
    });
    expect(cascade.reviews).toEqual([
      { id: 'overdue', cancelledOn: death, cancellationReason: 'DECEASED' },
      { id: 'due-later', cancelledOn: death, cancellationReason: 'DECEASED' },
    ]);
  });

  it('ends an approved plan that had not started at its own start, its lines cancelled', () => {
    const cascade = cascadeOf({
      plans: [
        {
          id: 'next',
          status: 'APPROVED',
          startDate: '2026-11-01',
          endDate: null,
          lines: [{ id: 'l', status: 'PLANNED', startDate: '2026-11-01', endDate: null }],
        },
      ],
    });
    expect(cascade.plans).toEqual([{ id: 'next', status: 'ENDED', endDate: '2026-11-01' }]);
    expect(cascade.lines).toEqual([{ id: 'l', status: 'CANCELLED', endDate: null }]);
  });

  it('ends the signed-off personal budget on the date of death', () => {
    const cascade = cascadeOf({
      budgets: [
        { id: 'current', status: 'SIGNED_OFF', effectiveFrom: '2026-01-01', effectiveTo: null },
        { id: 'old', status: 'SUPERSEDED', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' },
        { id: 'proposed', status: 'PROPOSED', effectiveFrom: '2026-11-01', effectiveTo: null },
      ],
    });
    expect(cascade.budgets).toEqual([
      { id: 'current', status: 'ENDED', effectiveTo: death, withdrawalReason: null },
      // not signed off by the death, so it never will be (Care Act s26: a living adult's needs)
      {
        id: 'proposed',
        status: 'WITHDRAWN',
        effectiveTo: '2026-11-01',
        withdrawalReason: 'DECEASED',
      },
    ]);
  });

  it('withdraws budgets awaiting sign-off (WITHDRAW with reason DECEASED, not the signer’s REJECT)', () => {
    const cascade = cascadeOf({
      budgets: [
        {
          id: 'awaiting',
          status: 'AWAITING_SIGN_OFF',
          effectiveFrom: '2026-09-01',
          effectiveTo: null,
        },
        { id: 'proposed', status: 'PROPOSED', effectiveFrom: '2026-06-01', effectiveTo: null },
        { id: 'rejected', status: 'REJECTED', effectiveFrom: '2026-06-01', effectiveTo: null },
        { id: 'ended', status: 'ENDED', effectiveFrom: '2025-06-01', effectiveTo: '2026-05-31' },
      ],
    });
    expect(cascade.budgets).toEqual([
      { id: 'awaiting', status: 'WITHDRAWN', effectiveTo: death, withdrawalReason: 'DECEASED' },
      { id: 'proposed', status: 'WITHDRAWN', effectiveTo: death, withdrawalReason: 'DECEASED' },
    ]);
  });

  it('terminates every live direct payment agreement (the termination reason is DECEASED)', () => {
    const cascade = cascadeOf({
      agreements: [
        { id: 'active', status: 'ACTIVE', startDate: '2026-01-01' },
        { id: 'suspended', status: 'SUSPENDED', startDate: '2026-01-01' },
        { id: 'ended', status: 'TERMINATED', startDate: '2025-01-01' },
      ],
    });
    expect(cascade.agreements).toEqual([
      { id: 'active', status: 'TERMINATED', endDate: death, terminationReason: 'DECEASED' },
      { id: 'suspended', status: 'TERMINATED', endDate: death, terminationReason: 'DECEASED' },
    ]);
  });

  it('cancels the payments not made that are due after the death or pay for a period after it', () => {
    const cascade = cascadeOf({
      payments: [
        { id: 'paid-before', status: 'PAID', dueDate: '2026-10-01', periodStart: '2026-10-01' },
        { id: 'due-on-death', status: 'SCHEDULED', dueDate: death, periodStart: '2026-09-17' },
        { id: 'due-after', status: 'SCHEDULED', dueDate: '2026-10-29', periodStart: '2026-10-29' },
        { id: 'held-after', status: 'HELD', dueDate: '2026-11-26', periodStart: '2026-11-26' },
        { id: 'in-advance', status: 'SCHEDULED', dueDate: '2026-10-10', periodStart: '2026-10-20' },
        { id: 'paid-after', status: 'PAID', dueDate: '2026-10-29', periodStart: '2026-10-29' },
      ],
    });
    // a payment already made after the death is money to recover, not to cancel
    expect(cascade.cancelledPaymentIds).toEqual(['due-after', 'held-after', 'in-advance']);
  });

  it('ends the person’s caring relationships on the date of death', () => {
    const cascade = cascadeOf({
      carerLinks: [
        { id: 'open', validFrom: '2020-01-01', validTo: null },
        { id: 'over', validFrom: '2020-01-01', validTo: '2024-01-01' },
      ],
    });
    expect(cascade.carerLinks).toEqual([{ id: 'open', validTo: death }]);
  });

  it('changes nothing for a person with nothing open', () => {
    expect(cascadeOf({})).toEqual({
      plans: [],
      lines: [],
      budgets: [],
      agreements: [],
      cancelledPaymentIds: [],
      carerLinks: [],
      requests: [],
      assessments: [],
      reviews: [],
    });
  });
});
