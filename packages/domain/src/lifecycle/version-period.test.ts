import { describe, expect, it } from 'vitest';
import { inForceOn, supersededPeriod } from './version-period.ts';

describe('version periods', () => {
  it('a version that ran ends the day before its successor, or earlier if it ended already', () => {
    expect(supersededPeriod({ from: '2026-01-01', to: null }, '2026-06-01')).toEqual({
      ran: true,
      to: '2026-05-31',
    });
    expect(supersededPeriod({ from: '2026-01-01', to: '2026-03-31' }, '2026-06-01')).toEqual({
      ran: true,
      to: '2026-03-31',
    });
  });

  it('a version whose successor starts on or before its start never ran', () => {
    expect(supersededPeriod({ from: '2026-06-01', to: null }, '2026-06-01')).toEqual({
      ran: false,
      to: null,
    });
    expect(supersededPeriod({ from: '2026-06-01', to: null }, '2026-05-01').ran).toBe(false);
  });

  it('in force within the period; a superseded version with no end date on no day', () => {
    const open = { status: 'SIGNED_OFF', from: '2026-01-01', to: null };
    expect(inForceOn(open, '2025-12-31')).toBe(false);
    expect(inForceOn(open, '2026-01-01')).toBe(true);
    const ended = { status: 'SUPERSEDED', from: '2026-01-01', to: '2026-05-31' };
    expect(inForceOn(ended, '2026-05-31')).toBe(true);
    expect(inForceOn(ended, '2026-06-01')).toBe(false);
    expect(inForceOn({ ...ended, to: null }, '2026-03-01')).toBe(false);
  });
});
