import { describe, expect, it } from 'vitest';
import {
  checkDpReviewDue,
  checkFirstReviewDue,
  checkNextReviewDue,
  firstDpReviewDueDate,
  firstReviewDueDate,
  firstReviewTargetDate,
  isFirstReviewLaterThanGuidance,
  isFirstReviewOverdue,
  isNextReviewLaterThanGuidance,
  nextDpReviewDueDate,
  nextReviewDueDate,
} from './review-due-dates.ts';
import { errorsOnly } from './rule-violation.ts';

describe('I-10 due-date calculations', () => {
  it('first plan review: start + 56 days, target start + 42', () => {
    expect(firstReviewDueDate('2024-04-01')).toBe('2024-05-27');
    expect(firstReviewTargetDate('2024-04-01')).toBe('2024-05-13');
    expect(
      firstReviewDueDate('2024-04-01', { firstReviewMaxDays: 30, firstReviewTargetDays: 20 }),
    ).toBe('2024-05-01');
  });

  it('annual and DP reviews use calendar months, clamped', () => {
    expect(nextReviewDueDate('2024-02-29')).toBe('2025-02-28');
    expect(firstDpReviewDueDate('2024-08-31')).toBe('2025-02-28');
    expect(nextDpReviewDueDate('2024-05-15')).toBe('2025-05-15');
  });
});

describe('I-10 checkFirstReviewDue', () => {
  it('passes on or before the target', () => {
    expect(
      checkFirstReviewDue({ startDate: '2024-04-01', firstReviewDueDate: '2024-05-13' }),
    ).toEqual([]);
  });

  it('warns between the target and the maximum', () => {
    expect(
      checkFirstReviewDue({ startDate: '2024-04-01', firstReviewDueDate: '2024-05-27' }),
    ).toEqual([
      {
        code: 'REVIEW_DUE_AFTER_TARGET',
        message: expect.any(String),
        path: ['firstReviewDueDate'],
        severity: 'warning',
      },
    ]);
  });

  it('fails with REVIEW_DUE_TOO_LATE after start + 56 days', () => {
    expect(
      checkFirstReviewDue({ startDate: '2024-04-01', firstReviewDueDate: '2024-05-28' }),
    ).toEqual([
      {
        code: 'REVIEW_DUE_TOO_LATE',
        message: expect.stringContaining('2024-05-27'),
        path: ['firstReviewDueDate'],
      },
    ]);
  });

  it('allows a later first review with a recorded reason, as a warning (guidance, not statute)', () => {
    const later = {
      startDate: '2024-04-01',
      firstReviewDueDate: '2024-07-01',
      firstReviewLaterReason: 'Hospital stay until mid-June; review once home',
    } as const;
    expect(isFirstReviewLaterThanGuidance(later)).toBe(true);
    expect(checkFirstReviewDue(later)).toEqual([
      {
        code: 'REVIEW_DUE_TOO_LATE',
        message: expect.stringContaining('Hospital stay'),
        path: ['firstReviewDueDate'],
        severity: 'warning',
      },
    ]);
    expect(errorsOnly(checkFirstReviewDue(later))).toEqual([]);
    expect(
      errorsOnly(checkFirstReviewDue({ ...later, firstReviewLaterReason: '  ' })),
    ).toHaveLength(1);
  });
});

describe('I-10 annual and DP reviews', () => {
  it('next review within 12 months of the last', () => {
    expect(
      checkNextReviewDue({
        lastCompletedReviewDate: '2024-06-10',
        nextReviewDueDate: '2025-06-10',
      }),
    ).toEqual([]);
    expect(
      checkNextReviewDue({
        lastCompletedReviewDate: '2024-06-10',
        nextReviewDueDate: '2025-06-11',
      })[0],
    ).toMatchObject({
      code: 'REVIEW_DUE_TOO_LATE',
      path: ['nextReviewDueDate'],
    });
  });

  it('a next review later than 12 months is allowed with a recorded reason (guidance), as a warning', () => {
    const later = {
      lastCompletedReviewDate: '2024-06-10',
      nextReviewDueDate: '2025-09-01',
    } as const;
    expect(isNextReviewLaterThanGuidance(later)).toBe(true);
    expect(isNextReviewLaterThanGuidance({ ...later, nextReviewDueDate: '2025-06-10' })).toBe(
      false,
    );
    expect(checkNextReviewDue(later).map((p) => [p.code, p.severity ?? 'error'])).toEqual([
      ['REVIEW_DUE_TOO_LATE', 'error'],
    ]);
    expect(
      checkNextReviewDue({ ...later, nextReviewLaterReason: '   ' })[0]?.severity ?? 'error',
    ).toBe('error');
    const withReason = checkNextReviewDue({
      ...later,
      nextReviewLaterReason: 'Reviewed jointly with the CHC review in August',
    });
    expect(withReason).toHaveLength(1);
    expect(withReason[0]).toMatchObject({
      code: 'REVIEW_DUE_TOO_LATE',
      severity: 'warning',
      path: ['nextReviewDueDate'],
    });
    expect(withReason[0]?.message).toContain('2025-06-10');
    // an earlier date needs no reason
    expect(checkNextReviewDue({ ...later, nextReviewDueDate: '2025-01-10' })).toEqual([]);
  });

  it('first DP review within 6 months, later ones within 12', () => {
    expect(checkDpReviewDue({ startDate: '2024-04-01', firstReviewDueDate: '2024-10-01' })).toEqual(
      [],
    );
    expect(
      checkDpReviewDue({ startDate: '2024-04-01', firstReviewDueDate: '2024-10-02' }).map((p) => [
        p.code,
        p.path,
      ]),
    ).toEqual([['REVIEW_DUE_TOO_LATE', ['firstReviewDueDate']]]);
    expect(
      checkDpReviewDue({
        startDate: '2024-04-01',
        firstReviewDueDate: '2024-07-01',
        lastDpReviewDate: '2024-07-01',
        nextReviewDueDate: '2025-07-02',
      }).map((p) => [p.code, p.path]),
    ).toEqual([['REVIEW_DUE_TOO_LATE', ['nextReviewDueDate']]]);
  });

  it('isFirstReviewOverdue', () => {
    expect(isFirstReviewOverdue('2024-04-01', [], '2024-05-27')).toBe(false);
    expect(isFirstReviewOverdue('2024-04-01', [], '2024-05-28')).toBe(true);
    expect(isFirstReviewOverdue('2024-04-01', ['2023-12-01'], '2024-06-01')).toBe(true);
    expect(isFirstReviewOverdue('2024-04-01', ['2024-05-01'], '2024-06-01')).toBe(false);
  });
});
