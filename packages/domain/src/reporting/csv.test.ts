import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv.ts';

describe('RFC 4180 CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['Tenant: Private landlord', 'Tenant: Private landlord'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});
