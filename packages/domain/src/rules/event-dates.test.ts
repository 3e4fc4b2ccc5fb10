import { describe, expect, it } from 'vitest';
import { checkEventDates, effectiveEndDate } from './event-dates.ts';

describe('I-13 checkEventDates', () => {
  it('passes ordered dates and open services', () => {
    expect(
      checkEventDates({
        eventType: 'ASSESSMENT',
        startDate: '2024-04-01',
        endDate: '2024-04-01',
        completed: true,
      }),
    ).toEqual([]);
    expect(
      checkEventDates({ eventType: 'SERVICE', startDate: '2024-04-01', completed: true }),
    ).toEqual([]);
    expect(
      checkEventDates({ eventType: 'REVIEW', startDate: '2024-04-01', completed: false }),
    ).toEqual([]);
  });

  it('fails with END_BEFORE_START at endDate', () => {
    expect(
      checkEventDates({ eventType: 'SERVICE', startDate: '2024-04-02', endDate: '2024-04-01' }),
    ).toEqual([{ code: 'END_BEFORE_START', message: expect.any(String), path: ['endDate'] }]);
  });

  it('fails with EVENT_AFTER_DEATH for a start after death, an open event, or an end after death', () => {
    const death = { deathDate: '2024-06-30' };
    expect(
      checkEventDates({
        eventType: 'REQUEST',
        startDate: '2024-07-01',
        endDate: '2024-07-01',
        ...death,
      }),
    ).toEqual([{ code: 'EVENT_AFTER_DEATH', message: expect.any(String), path: ['startDate'] }]);
    expect(
      checkEventDates({ eventType: 'SERVICE', startDate: '2024-04-01', ...death })[0],
    ).toMatchObject({
      code: 'EVENT_AFTER_DEATH',
      path: ['endDate'],
    });
    expect(
      checkEventDates({
        eventType: 'SERVICE',
        startDate: '2024-04-01',
        endDate: '2024-07-31',
        ...death,
      })[0],
    ).toMatchObject({
      code: 'EVENT_AFTER_DEATH',
      path: ['endDate'],
    });
    expect(
      checkEventDates({
        eventType: 'SERVICE',
        startDate: '2024-04-01',
        endDate: '2024-06-30',
        ...death,
      }),
    ).toEqual([]);
  });

  it('fails with COMPLETED_WITHOUT_END_DATE for completed non-service events', () => {
    expect(
      checkEventDates({ eventType: 'REVIEW', startDate: '2024-04-01', completed: true }),
    ).toEqual([
      { code: 'COMPLETED_WITHOUT_END_DATE', message: expect.any(String), path: ['endDate'] },
    ]);
  });

  it('effectiveEndDate cuts back to the date of death', () => {
    expect(effectiveEndDate(null, '2024-06-30')).toBe('2024-06-30');
    expect(effectiveEndDate('2024-07-31', '2024-06-30')).toBe('2024-06-30');
    expect(effectiveEndDate('2024-05-31', '2024-06-30')).toBe('2024-05-31');
    expect(effectiveEndDate(null, null)).toBeNull();
  });
});
