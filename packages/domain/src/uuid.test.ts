import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid.ts';

describe('isUuid', () => {
  it('accepts the canonical form, in either case', () => {
    expect(isUuid('0190a7c0-0000-7000-8000-000000000990')).toBe(true);
    expect(isUuid('0190A7C0-0000-7000-8000-00000000099F')).toBe(true);
  });

  it('refuses anything else, including text around a UUID', () => {
    for (const text of [
      '',
      'not-a-uuid',
      '0190a7c0000070008000000000000990',
      "0190a7c0-0000-7000-8000-000000000990' -c role=x",
    ]) {
      expect(isUuid(text)).toBe(false);
    }
  });
});
