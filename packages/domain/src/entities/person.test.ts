import { describe, expect, it } from 'vitest';
import { createPersonInputSchema, derivedPersonKey } from './person.ts';
import { isValidPostcode, normalisePostcode } from './postcode.ts';

const today = '2025-01-15';
const schema = createPersonInputSchema(today);
const valid = {
  laPersonId: 'LA-0001',
  givenName: '  Ada ',
  familyName: 'Lovelace',
  birthDate: '1950-12-10',
  nhsNumber: '943 476 5919',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  postcode: 'sw1a1aa',
  primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
  clientType: 'SERVICE_USER',
  accommodationStatus: 'OWNER_OCCUPIER',
};

function pathsOf(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('createPersonInputSchema', () => {
  it('accepts a valid person and normalises names, NHS number and postcode', () => {
    const person = schema.parse(valid);
    expect(person).toMatchObject({
      givenName: 'Ada',
      nhsNumber: '9434765919',
      postcode: 'SW1A 1AA',
      mentalCapacityForDp: 'NOT_ASSESSED',
    });
  });

  it('rejects empty or over-long names at their path', () => {
    expect(pathsOf({ ...valid, givenName: '   ' })).toEqual(['givenName']);
    expect(pathsOf({ ...valid, familyName: 'x'.repeat(101) })).toEqual(['familyName']);
  });

  it('rejects future birth dates and people under 18 on `today`', () => {
    expect(pathsOf({ ...valid, birthDate: '2025-01-16' })).toEqual(['birthDate']);
    expect(pathsOf({ ...valid, birthDate: '2007-01-16' })).toEqual(['birthDate']);
    expect(pathsOf({ ...valid, birthDate: '2007-01-15' })).toEqual([]);
    expect(pathsOf({ ...valid, birthDate: '1950-02-30' })).toEqual(['birthDate']);
  });

  it('rejects an NHS number with a bad check digit', () => {
    expect(pathsOf({ ...valid, nhsNumber: '9434765918' })).toEqual(['nhsNumber']);
    const { nhsNumber: _ignored, ...withoutNhsNumber } = valid;
    expect(pathsOf(withoutNhsNumber)).toEqual([]);
  });

  it('rejects bad postcodes and unknown codes', () => {
    expect(pathsOf({ ...valid, postcode: 'NOT A POSTCODE' })).toEqual(['postcode']);
    expect(pathsOf({ ...valid, gender: 'F', ethnicity: 'White' })).toEqual(['gender', 'ethnicity']);
  });
});

describe('postcodes and person keys', () => {
  it('normalises and validates UK postcodes', () => {
    expect(normalisePostcode(' m1  1ae ')).toBe('M1 1AE');
    expect(isValidPostcode('EC1A 1BB')).toBe(true);
    expect(isValidPostcode('GIR0AA')).toBe(true);
    expect(isValidPostcode('12345')).toBe(false);
  });

  it('derives the DHSC person key', () => {
    expect(derivedPersonKey({ nhsNumber: '9434765919', laPersonId: 'X1' }, '503')).toBe(
      '9434765919',
    );
    expect(derivedPersonKey({ nhsNumber: null, laPersonId: 'X1' }, '503')).toBe('503_X1');
  });
});
