import type { CldRuleFailureCount } from '@openpb/db/reporting/cld-data-quality-counts';
import { builder } from '../../builder.ts';
import { CldDataQualityCheckInterface } from './cld-data-quality-check.ts';

/** One check and how many events of a submission fail it. */
export const CldDataQualityRuleCountRef = builder
  .objectRef<CldRuleFailureCount>('CldDataQualityRuleCount')
  .implement({
    description: 'One CLD data-quality check and how many events of the submission fail it.',
    interfaces: [CldDataQualityCheckInterface],
    isTypeOf: (value) => typeof value === 'object' && value !== null && 'failures' in value,
    fields: (t) => ({
      failures: t.exposeInt('failures', {
        description: 'Events of the submission that fail the check.',
      }),
    }),
  });
