import { describe, expect, it } from 'vitest';
import { createPersonInputSchema } from './person.ts';

describe('schemas of the day', () => {
  it('are built once per date, and anew for another date', () => {
    const today = createPersonInputSchema('2026-12-03');
    expect(createPersonInputSchema('2026-12-03')).toBe(today);
    const tomorrow = createPersonInputSchema('2026-12-04');
    expect(tomorrow).not.toBe(today);
  });

  it('judge by the date they were built for', () => {
    // born on 2008-12-04: 18 on 2026-12-04, not the day before
    const turnsEighteen = (today: string) =>
      createPersonInputSchema(today)
        .pick({ birthDate: true })
        .safeParse({ birthDate: '2008-12-04' }).success;
    expect(turnsEighteen('2026-12-03')).toBe(false);
    expect(turnsEighteen('2026-12-04')).toBe(true);
    expect(turnsEighteen('2026-12-03')).toBe(false);
  });
});
