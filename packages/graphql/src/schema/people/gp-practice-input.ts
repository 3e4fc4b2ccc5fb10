import { builder } from '../../builder.ts';

export const GpPracticeInput = builder.inputType('GpPracticeInput', {
  description: 'The person’s GP practice (CLD GP_Practice_Code and GP_Practice_Name).',
  fields: (t) => ({
    code: t.string({
      description: 'The practice’s ODS code: a letter and five digits, e.g. A81001.',
    }),
    name: t.string(),
  }),
});
