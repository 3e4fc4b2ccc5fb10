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
    ['cr in the middle\r', '"cr in the middle\r"'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});

describe('formula cells (OWASP CSV Injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+cmd|/C calc!A0', `"'+1+cmd|/C calc!A0"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', `"'＝1+1"`],
    ['-', `"'-"`],
  ])('neutralises %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['-12.50', '-12.50'],
    ['-1250', '-1250'],
    ['0', '0'],
    ['2025-04-01', '2025-04-01'],
    ['EM-100001', 'EM-100001'],
    ['a=b', 'a=b'],
  ])('leaves the legitimate value %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvLine([-1250, 0, 12.5, '=1'])).toBe(`-1250,0,12.5,"'=1"\r\n`);
  });
});
