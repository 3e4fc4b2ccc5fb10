import { describe, expect, it } from 'vitest';
import { dhscAgeOn } from './ascof-3d-age.ts';
import { ascof3dComparison } from './ascof-3d-comparison.ts';
import { ascof3dCrossCounts } from './ascof-3d-people.ts';
import { ASCOF_WORKED_EXAMPLES } from './ascof-3d-test-events.ts';

describe('ASCOF 3D worked examples, one per DHSC rule', () => {
  it.each(ASCOF_WORKED_EXAMPLES.map((example) => [example.rule, example] as const))(
    '%s',
    (_rule, example) => {
      expect(example.source).not.toBe('');
      expect(ascof3dCrossCounts(example.events, example.period)).toEqual(example.expected);
    },
  );
});

describe('dhscAgeOn (Create_ASCOF_3D_2425_Onwards.sql "#Build")', () => {
  it.each([
    ['1960-03-20', '2025-03-15', 65],
    ['1960-03-01', '2025-03-01', 64],
    ['1960-03-01', '2025-03-02', 65],
    ['1960-04-30', '2025-03-31', 64],
    ['2007-03-31', '2025-03-31', 18],
  ] as const)('born %s is %i on %s', (birthDate, on, age) => {
    expect(dhscAgeOn(birthDate, on)).toBe(age);
  });
});

describe('ascof3dComparison', () => {
  const merged = ASCOF_WORKED_EXAMPLES.find((example) =>
    example.rule.startsWith('services sharing'),
  );
  it('shows DHSC’s figure and the recorded one, and says why they differ', () => {
    if (!merged) throw new Error('example missing');
    const comparison = ascof3dComparison(ascof3dCrossCounts(merged.events, merged.period));
    expect(comparison.dhsc['1a'].total).toEqual({
      numerator: 0,
      denominator: 1,
      percentage: '0.0',
    });
    expect(comparison.recorded['1a'].total).toEqual({
      numerator: 1,
      denominator: 1,
      percentage: '100.0',
    });
    expect(comparison.differences).toEqual([
      expect.objectContaining({ cohort: 'SERVICE_USERS', kind: 'LEVEL', people: 1 }),
    ]);
  });

  it('counts the people each method ages into another band or leaves out', () => {
    const ages = ASCOF_WORKED_EXAMPLES.filter(
      (example) => example.rule.startsWith('age') || example.rule.startsWith('children'),
    );
    const counts = ages.flatMap((example) => ascof3dCrossCounts(example.events, example.period));
    const comparison = ascof3dComparison(counts);
    expect(comparison.differences).toEqual([
      expect.objectContaining({ cohort: 'SERVICE_USERS', kind: 'AGE_BAND', people: 3 }),
    ]);
    expect(comparison.dhsc['1a'].byAgeBand.AGE_65_AND_OVER.denominator).toBe(1);
    expect(comparison.recorded['1a'].byAgeBand.AGE_65_AND_OVER.denominator).toBe(1);
    expect(comparison.dhsc['1a'].total.denominator).toBe(3);
    expect(comparison.recorded['1a'].total.denominator).toBe(2);
  });

  it('carers: universal services by commissioned support enter DHSC’s denominator only', () => {
    const carers = ASCOF_WORKED_EXAMPLES.find((example) =>
      example.rule.startsWith('carer support'),
    );
    if (!carers) throw new Error('example missing');
    const comparison = ascof3dComparison(ascof3dCrossCounts(carers.events, carers.period));
    expect(comparison.dhsc['1b'].total).toEqual({
      numerator: 2,
      denominator: 3,
      percentage: '66.7',
    });
    expect(comparison.recorded['1b'].total).toEqual({
      numerator: 2,
      denominator: 2,
      percentage: '100.0',
    });
    expect(comparison.dhsc['2b'].total).toEqual({
      numerator: 1,
      denominator: 3,
      percentage: '33.3',
    });
  });
});
