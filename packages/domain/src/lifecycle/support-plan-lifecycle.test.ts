import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, type IsoDate, isoDate } from '../dates.ts';
import { checkEndedStatus } from '../rules/ended-status.ts';
import { checkPlanCoversLines } from '../rules/plan-covers-lines.ts';
import {
  actionSequences,
  assertLifecycleProperties,
  reachable,
  walk,
} from './lifecycle-properties.ts';
import {
  closeLine,
  type PlanLineDates,
  rejectionReason,
  rejectSupportPlan,
  SUPPORT_PLAN_LIFECYCLE,
  supersedeSupportPlan,
  supportPlanTransition,
} from './support-plan-lifecycle.ts';

describe('support plan lifecycle', () => {
  it('goes draft → submitted → approved → superseded', () => {
    expect(supportPlanTransition('DRAFT', 'REVISE')).toEqual({ ok: true, status: 'DRAFT' });
    expect(supportPlanTransition('DRAFT', 'SUBMIT')).toEqual({ ok: true, status: 'SUBMITTED' });
    expect(supportPlanTransition('SUBMITTED', 'APPROVE')).toEqual({ ok: true, status: 'APPROVED' });
    expect(supportPlanTransition('APPROVED', 'SUPERSEDE')).toEqual({
      ok: true,
      status: 'SUPERSEDED',
    });
    expect(supportPlanTransition('APPROVED', 'AGREE_BUDGET')).toEqual({
      ok: true,
      status: 'APPROVED',
    });
  });

  it('withdraws a version not approved yet (the person died), and nothing else', () => {
    expect(supportPlanTransition('DRAFT', 'WITHDRAW')).toEqual({ ok: true, status: 'WITHDRAWN' });
    expect(supportPlanTransition('SUBMITTED', 'WITHDRAW')).toEqual({
      ok: true,
      status: 'WITHDRAWN',
    });
    for (const status of ['APPROVED', 'REJECTED', 'SUPERSEDED', 'ENDED', 'WITHDRAWN'] as const) {
      expect(supportPlanTransition(status, 'WITHDRAW').ok).toBe(false);
    }
  });

  it('refuses what the status does not allow, with a code and a message naming the statuses', () => {
    expect(supportPlanTransition('SUBMITTED', 'REVISE')).toEqual({
      ok: false,
      violation: {
        code: 'STATUS_TRANSITION_NOT_ALLOWED',
        message: 'The plan is submitted; it must be draft to revise it',
        path: ['status'],
      },
    });
    expect(supportPlanTransition('DRAFT', 'APPROVE').ok).toBe(false);
    expect(supportPlanTransition('DRAFT', 'AGREE_BUDGET').ok).toBe(false);
  });

  it('property: no sequence of actions reaches an invalid status, and terminal statuses absorb', () => {
    assertLifecycleProperties(SUPPORT_PLAN_LIFECYCLE, 'DRAFT');
  });

  it('property: a superseded plan never becomes approved again', () => {
    fc.assert(
      fc.property(actionSequences(SUPPORT_PLAN_LIFECYCLE), (actions) => {
        const visited = walk(SUPPORT_PLAN_LIFECYCLE, 'DRAFT', actions);
        const superseded = visited.indexOf('SUPERSEDED');
        return superseded === -1 || !visited.slice(superseded).includes('APPROVED');
      }),
    );
  });

  it('reaches every status from a draft', () => {
    expect([...reachable(SUPPORT_PLAN_LIFECYCLE, 'DRAFT')].sort()).toEqual(
      [...SUPPORT_PLAN_LIFECYCLE.statuses].sort(),
    );
  });
});

describe('rejecting a submitted plan (D90)', () => {
  const today: IsoDate = '2026-12-01';
  const line: PlanLineDates = { status: 'ACTIVE', startDate: '2026-12-07', endDate: null };

  it('makes a submitted version REJECTED, a final status, keeping the trimmed reason; its lines never ran', () => {
    expect(
      rejectSupportPlan(
        { status: 'SUBMITTED', lines: [line] },
        '  Costs do not match the assessed needs ',
        today,
      ),
    ).toEqual({
      ok: true,
      status: 'REJECTED',
      reason: 'Costs do not match the assessed needs',
      lines: [{ ...line, status: 'CANCELLED' }],
    });
    expect(SUPPORT_PLAN_LIFECYCLE.terminal).toContain('REJECTED');
  });

  it('refuses a version that is not submitted, naming the status it needs', () => {
    expect(rejectSupportPlan({ status: 'DRAFT', lines: [line] }, 'Not ready', today)).toEqual({
      ok: false,
      violation: {
        code: 'STATUS_TRANSITION_NOT_ALLOWED',
        message: 'The plan is draft; it must be submitted to reject it',
        path: ['status'],
      },
    });
  });

  it('needs a reason: blank or over 2000 characters is refused', () => {
    expect(rejectionReason.safeParse('   ').success).toBe(false);
    expect(rejectionReason.safeParse('x'.repeat(2001)).success).toBe(false);
    expect(rejectionReason.safeParse(' x ').data).toBe('x');
  });

  it('property: only a submitted version can be rejected; a rejected one stays rejected', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORT_PLAN_LIFECYCLE.statuses),
        fc.string({ minLength: 1, maxLength: 100 }).filter((text) => text.trim().length > 0),
        actionSequences(SUPPORT_PLAN_LIFECYCLE),
        (status, reason, actions) => {
          const result = rejectSupportPlan({ status, lines: [line] }, reason, today);
          if (status !== 'SUBMITTED') return !result.ok;
          if (!result.ok || result.reason !== reason.trim()) return false;
          if (!result.lines.every((item) => item.status === 'CANCELLED')) return false;
          return walk(SUPPORT_PLAN_LIFECYCLE, result.status, actions).every(
            (next) => next === 'REJECTED',
          );
        },
      ),
    );
  });
});

describe('superseding an approved plan', () => {
  const today: IsoDate = '2026-12-01';
  const line = (startDate: IsoDate, endDate: IsoDate | null = null): PlanLineDates => ({
    status: 'ACTIVE',
    startDate,
    endDate,
  });

  it('ends the day before its successor and closes its lines with it', () => {
    const result = supersedeSupportPlan(
      {
        status: 'APPROVED',
        startDate: '2026-06-01',
        endDate: null,
        lines: [line('2026-06-01'), line('2026-07-01', '2026-09-30'), line('2027-03-01')],
      },
      '2027-02-01',
      today,
    );
    expect(result).toEqual({
      ok: true,
      status: 'SUPERSEDED',
      endDate: '2027-01-31',
      lines: [
        { status: 'ACTIVE', startDate: '2026-06-01', endDate: '2027-01-31' },
        { status: 'ACTIVE', startDate: '2026-07-01', endDate: '2026-09-30' },
        { status: 'CANCELLED', startDate: '2027-03-01', endDate: null },
      ],
    });
  });

  it('marks lines ENDED once the end has passed', () => {
    expect(closeLine(line('2026-06-01'), '2026-11-30', today)).toEqual({
      status: 'ENDED',
      startDate: '2026-06-01',
      endDate: '2026-11-30',
    });
  });

  it('a version whose successor starts on its own start never ran: no inverted period', () => {
    const result = supersedeSupportPlan(
      { status: 'APPROVED', startDate: '2026-12-07', endDate: null, lines: [line('2026-12-07')] },
      '2026-12-07',
      today,
    );
    expect(result).toEqual({
      ok: true,
      status: 'SUPERSEDED',
      endDate: null,
      lines: [{ status: 'CANCELLED', startDate: '2026-12-07', endDate: null }],
    });
  });

  it('refuses to supersede a plan that is not approved', () => {
    expect(
      supersedeSupportPlan(
        { status: 'SUPERSEDED', startDate: '2026-01-01', endDate: null, lines: [] },
        '2026-12-07',
        today,
      ).ok,
    ).toBe(false);
  });

  const day = fc
    .integer({ min: 0, max: 800 })
    .map((offset) => addDays(isoDate(2026, 1, 1), offset));

  it('property: never an inverted period; lines end within the plan; ENDED lines have ended', () => {
    fc.assert(
      fc.property(
        day,
        fc.option(fc.integer({ min: 0, max: 400 })),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 0, max: 400 }))),
        ),
        day,
        day,
        (start, planLength, lineOffsets, successorStart, now) => {
          const planEnd = planLength === null ? null : addDays(start, planLength);
          const lines = lineOffsets.map(([from, length]) => {
            const lineStart = addDays(start, from);
            return line(lineStart, length === null ? null : addDays(lineStart, length));
          });
          const result = supersedeSupportPlan(
            { status: 'APPROVED', startDate: start, endDate: planEnd, lines },
            successorStart,
            now,
          );
          if (!result.ok) return false;
          const notInverted = result.endDate === null || compareDates(result.endDate, start) >= 0;
          const neverRan = compareDates(start, successorStart) >= 0;
          const linesWithin =
            result.endDate === null
              ? neverRan && result.lines.every((item) => item.status === 'CANCELLED')
              : checkPlanCoversLines({ endDate: result.endDate }, result.lines).length === 0;
          const endedHaveEnded = result.lines.every(
            (item) => checkEndedStatus(item, now).length === 0,
          );
          return notInverted && linesWithin && endedHaveEnded;
        },
      ),
    );
  });
});
