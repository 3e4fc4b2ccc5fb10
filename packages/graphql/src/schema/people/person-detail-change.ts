import { PersonDetailField } from '@openpb/domain/code-lists/person-detail-field';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { codeEnum } from '../code-lists.ts';

export const PersonDetailChangeRef = builder.prismaObject('PersonDetailHistory', {
  name: 'PersonDetailChange',
  authScopes: STAFF_ONLY,
  description:
    'A change of a CLD person detail, effective from a date (D19). Values are as stored: a code, a postcode, a GP practice code or name, "true"/"false"; null is "not known".',
  fields: (t) => ({
    field: t.expose('field', {
      type: codeEnum(PersonDetailField),
    }),
    value: t.exposeString('value', { nullable: true }),
    previousValue: t.exposeString('previousValue', {
      nullable: true,
      description: 'The value it replaced: what the detail was before this date.',
    }),
    effectiveFrom: t.field({ type: 'Date', resolve: (change) => change.effectiveFrom }),
    recordedAt: t.field({ type: 'DateTime', resolve: (change) => change.recordedAt }),
  }),
});
