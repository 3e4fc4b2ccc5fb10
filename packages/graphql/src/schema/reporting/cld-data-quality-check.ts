import type { CldQualityRule } from '@openpb/domain/reporting/cld-quality-rules';
import { CLD_QUALITY_RULE_DESCRIPTIONS } from '@openpb/domain/reporting/cld-quality-rules';
import { builder } from '../../builder.ts';
import { CldQualityRuleEnum, CldQualitySeverityEnum } from './cld-quality-rule-enum.ts';

/** What the check types have: the rule they are about. */
export interface WithCldRule {
  readonly rule: CldQualityRule;
}

/** One data-quality check: a rule on one CLD field, with its severity and message. */
export const CldDataQualityCheckInterface = builder
  .interfaceRef<WithCldRule>('CldDataQualityCheck')
  .implement({
    description: 'One CLD data-quality check: a rule on one CLD field.',
    fields: (t) => ({
      field: t.string({
        description: 'The CLD field name the check is about, e.g. Employment_Status.',
        resolve: ({ rule }) => rule.field,
      }),
      rule: t.field({ type: CldQualityRuleEnum, resolve: ({ rule }) => rule.code }),
      severity: t.field({
        type: CldQualitySeverityEnum,
        description: 'ERROR blocks the submission; WARNING does not.',
        resolve: ({ rule }) => rule.severity,
      }),
      message: t.string({
        description: 'What is wrong and what DHSC does with it, for the data officer.',
        resolve: ({ rule }) => rule.message,
      }),
      description: t.string({
        description: 'What the rule asks for.',
        resolve: ({ rule }) => CLD_QUALITY_RULE_DESCRIPTIONS[rule.code],
      }),
    }),
  });
