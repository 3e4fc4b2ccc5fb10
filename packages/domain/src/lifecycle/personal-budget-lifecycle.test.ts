import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, isoDate } from '../dates.ts';
import { actionSequences, assertLifecycleProperties, walk } from './lifecycle-properties.ts';
import {
  PERSONAL_BUDGET_LIFECYCLE,
  personalBudgetTransition,
  supersedePersonalBudget,
} from './personal-budget-lifecycle.ts';
import { inForceOn } from './version-period.ts';

describe('personal budget lifecycle', () => {
  it('signs off, then supersedes or ends; a direct payment needs a signed-off budget', () => {
    expect(personalBudgetTransition('PROPOSED', 'SIGN_OFF')).toEqual({
      ok: true,
      status: 'SIGNED_OFF',
    });
    expect(personalBudgetTransition('SIGNED_OFF', 'DEPLOY')).toEqual({
      ok: true,
      status: 'SIGNED_OFF',
    });
    expect(personalBudgetTransition('SUPERSEDED', 'DEPLOY')).toMatchObject({
      ok: false,
      violation: { code: 'STATUS_TRANSITION_NOT_ALLOWED' },
    });
  });

  it('withdraws a version not signed off yet (the person died), and nothing else', () => {
    for (const status of ['PROPOSED', 'AWAITING_SIGN_OFF'] as const) {
      expect(personalBudgetTransition(status, 'WITHDRAW')).toEqual({
        ok: true,
        status: 'WITHDRAWN',
      });
    }
    for (const status of ['SIGNED_OFF', 'REJECTED', 'SUPERSEDED', 'ENDED', 'WITHDRAWN'] as const) {
      expect(personalBudgetTransition(status, 'WITHDRAW')).toMatchObject({
        ok: false,
        violation: { code: 'STATUS_TRANSITION_NOT_ALLOWED' },
      });
    }
  });

  it('property: a withdrawn budget is never signed off, deployed or ended', () => {
    fc.assert(
      fc.property(actionSequences(PERSONAL_BUDGET_LIFECYCLE), (actions) => {
        const visited = walk(PERSONAL_BUDGET_LIFECYCLE, 'PROPOSED', actions);
        const withdrawn = visited.indexOf('WITHDRAWN');
        return withdrawn === -1 || visited.slice(withdrawn).every((s) => s === 'WITHDRAWN');
      }),
    );
    expect(personalBudgetTransition('WITHDRAWN', 'DEPLOY').ok).toBe(false);
  });

  it('property: statuses stay valid and a superseded budget is never signed off again', () => {
    assertLifecycleProperties(PERSONAL_BUDGET_LIFECYCLE, 'PROPOSED');
    fc.assert(
      fc.property(actionSequences(PERSONAL_BUDGET_LIFECYCLE), (actions) => {
        const visited = walk(PERSONAL_BUDGET_LIFECYCLE, 'PROPOSED', actions);
        const superseded = visited.indexOf('SUPERSEDED');
        return superseded === -1 || !visited.slice(superseded).includes('SIGNED_OFF');
      }),
    );
  });
});

describe('superseding the budget in force', () => {
  const budget = { status: 'SIGNED_OFF', effectiveFrom: '2026-12-07', effectiveTo: null } as const;

  it('ends the day before a later successor', () => {
    expect(supersedePersonalBudget(budget, '2027-04-01')).toEqual({
      ok: true,
      status: 'SUPERSEDED',
      effectiveTo: '2027-03-31',
    });
  });

  it('agreeing the same plan again from the same date: the earlier version never ran', () => {
    // Not "running 7 December 2026 to 6 December 2026": superseded with no period at all.
    const result = supersedePersonalBudget(budget, '2026-12-07');
    expect(result).toEqual({ ok: true, status: 'SUPERSEDED', effectiveTo: null });
    if (!result.ok) throw new Error('expected ok');
    const stored = { status: result.status, from: budget.effectiveFrom, to: result.effectiveTo };
    expect(inForceOn(stored, '2026-12-07')).toBe(false);
    expect(inForceOn(stored, '2027-06-01')).toBe(false);
  });

  it('refuses a budget that is not signed off', () => {
    expect(supersedePersonalBudget({ ...budget, status: 'SUPERSEDED' }, '2027-01-01').ok).toBe(
      false,
    );
  });

  const day = fc
    .integer({ min: 0, max: 1000 })
    .map((offset) => addDays(isoDate(2026, 1, 1), offset));

  it('property: the superseded period is never inverted and never overlaps its successor', () => {
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 0, max: 500 })), day, (from, length, next) => {
        const to = length === null ? null : addDays(from, length);
        const result = supersedePersonalBudget(
          { status: 'SIGNED_OFF', effectiveFrom: from, effectiveTo: to },
          next,
        );
        if (!result.ok) return false;
        if (result.effectiveTo === null) return compareDates(from, next) >= 0;
        return (
          compareDates(result.effectiveTo, from) >= 0 && compareDates(result.effectiveTo, next) < 0
        );
      }),
    );
  });
});
