import {
  CLD_QUALITY_RULE_CODES,
  CLD_QUALITY_RULE_DESCRIPTIONS,
  type CldQualityRuleCode,
} from '@openpb/domain/reporting/cld-quality-rules';
import { builder } from '../../builder.ts';

export const CldQualityRuleEnum = builder.enumType('CldQualityRule', {
  description: 'A CLD mandatory or applicability rule (domain.md §3.1.1, DHSC data-quality code).',
  values: Object.fromEntries(
    CLD_QUALITY_RULE_CODES.map((code) => [
      code,
      { description: CLD_QUALITY_RULE_DESCRIPTIONS[code] },
    ]),
  ) as { [K in CldQualityRuleCode]: { description: string } },
});
