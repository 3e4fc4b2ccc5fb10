import type { Ratio } from '@openpb/domain/reporting/percentage';
import { builder } from '../../builder.ts';

/** A count of people out of a cohort, with the percentage as national returns print it. */
export const RatioRef = builder.objectRef<Ratio>('Ratio').implement({
  description:
    'A count of people out of a cohort. The percentage is numerator × 100 ÷ denominator, rounded half-up to one decimal place with integer arithmetic.',
  fields: (t) => ({
    numerator: t.exposeInt('numerator', {
      description: 'People in the cohort who meet the measure.',
    }),
    denominator: t.exposeInt('denominator', { description: 'People in the cohort.' }),
    percentage: t.exposeString('percentage', {
      nullable: true,
      description: 'One decimal place as text (e.g. "33.3"); null when the denominator is 0.',
    }),
  }),
});
