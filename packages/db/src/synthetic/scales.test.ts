import { SYNTHETIC_NHS_NUMBER_COUNT } from '@openpb/domain/entities/nhs-number';
import { describe, expect, it } from 'vitest';
import { SCALES } from './scales.ts';

describe('synthetic scales', () => {
  it.each(Object.entries(SCALES))(
    'gives everyone at %s scale a synthetic NHS number',
    (_, scale) => {
      expect(scale.councils * scale.peoplePerCouncil).toBeLessThanOrEqual(
        SYNTHETIC_NHS_NUMBER_COUNT,
      );
    },
  );
});
