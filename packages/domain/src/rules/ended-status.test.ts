import { describe, expect, it } from 'vitest';
import { checkEndedStatus } from './ended-status.ts';

describe('I-13 an ENDED record has ended', () => {
  const today = '2026-12-01';

  it('passes an ENDED record with an end date on or before today, and any other status', () => {
    expect(checkEndedStatus({ status: 'ENDED', endDate: '2026-12-01' }, today)).toEqual([]);
    expect(checkEndedStatus({ status: 'ACTIVE', endDate: '2027-03-31' }, today)).toEqual([]);
    expect(checkEndedStatus({ status: 'ACTIVE', endDate: null }, today)).toEqual([]);
  });

  it('refuses ENDED with no end date or one still to come', () => {
    expect(checkEndedStatus({ status: 'ENDED', endDate: null }, today)).toEqual([
      { code: 'ENDED_WITHOUT_PAST_END_DATE', message: expect.any(String), path: ['endDate'] },
    ]);
    expect(
      checkEndedStatus({ status: 'ENDED', endDate: '2026-12-02' }, today)[0]?.message,
    ).toContain('2026-12-02');
  });
});
