import { describe, expect, it } from 'vitest';
import { checkServiceEndsByDeath, checkServicesEndByDeath } from './services-end-by-death.ts';

describe('I-13 no service stays open past a death', () => {
  const death = '2026-11-20';

  it('passes a living person’s services and services closed by the death', () => {
    expect(checkServiceEndsByDeath({ startDate: '2026-01-01', endDate: null }, null)).toEqual([]);
    expect(
      checkServiceEndsByDeath({ startDate: '2026-01-01', endDate: '2026-11-20' }, death),
    ).toEqual([]);
    expect(
      checkServiceEndsByDeath(
        { status: 'CANCELLED', startDate: '2027-01-01', endDate: null },
        death,
      ),
    ).toEqual([]);
  });

  it('refuses an open service, one ending after the death and one starting after it', () => {
    expect(
      checkServicesEndByDeath(
        [
          { startDate: '2026-01-01', endDate: null },
          { startDate: '2026-01-01', endDate: '2026-12-31' },
          { startDate: '2026-12-01', endDate: '2026-12-31' },
        ],
        death,
      ).map((problem) => [problem.code, problem.path]),
    ).toEqual([
      ['EVENT_AFTER_DEATH', ['lines', '0', 'endDate']],
      ['EVENT_AFTER_DEATH', ['lines', '1', 'endDate']],
      ['EVENT_AFTER_DEATH', ['lines', '2', 'startDate']],
    ]);
  });
});
