import { describe, expect, it } from 'vitest';
import { uuidV7 } from '../src/events/event-collector.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV7', () => {
  it('is a version 7 UUID whose first 48 bits are the Unix milliseconds', () => {
    const at = Date.UTC(2026, 11, 3, 12, 0, 0, 123);
    const id = uuidV7(at);
    expect(id).toMatch(V7);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by time and differs within one millisecond', () => {
    const [first, second, later] = [uuidV7(1_000), uuidV7(1_000), uuidV7(2_000)];
    expect(new Set([first, second, later]).size).toBe(3);
    expect([later, second, first].sort()).toEqual(
      first < second ? [first, second, later] : [second, first, later],
    );
  });
});
