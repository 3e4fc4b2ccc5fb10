import {
  CLD_QUALITY_RULE_CODES,
  CLD_QUALITY_RULE_DESCRIPTIONS,
  type CldQualityRuleCode,
} from '@openpb/domain/reporting/cld-quality-rules';
import { builder } from '../../builder.ts';

export const CldQualityRuleEnum = builder.enumType('CldQualityRule', {
  description:
    'A CLD data-quality check (domain.md §3.1.1; DHSC data-quality, cleaning and de-duplication code).',
  values: Object.fromEntries(
    CLD_QUALITY_RULE_CODES.map((code) => [
      code,
      { description: CLD_QUALITY_RULE_DESCRIPTIONS[code] },
    ]),
  ) as { [K in CldQualityRuleCode]: { description: string } },
});

export const CldQualitySeverityEnum = builder.enumType('CldQualitySeverity', {
  description: 'How much a CLD data-quality failure matters.',
  values: {
    ERROR: {
      description:
        'DHSC would fail, drop or lose the value: put it right before submitting (blocks the submission).',
    },
    WARNING: {
      description:
        'Worth a look (DHSC merges or picks a value), but does not block the submission.',
    },
  } as const,
});
