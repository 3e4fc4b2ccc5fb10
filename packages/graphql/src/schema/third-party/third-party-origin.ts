import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { RELATED_RECORD, resolversOnly } from '../../sql-reads/sql-field.ts';

// Where a record written by a third-party app came from, for the council's staff.

builder.prismaObjectFields('SupportPlan', (t) => ({
  proposedUnder: t.relation('delegation', {
    extensions: resolversOnly(RELATED_RECORD),
    nullable: true,
    authScopes: STAFF_ONLY,
    description:
      'The delegation under which a third-party app proposed this version; null for a version the council’s staff drafted.',
  }),
}));

builder.prismaObjectFields('AccountTransaction', (t) => ({
  evidenceRef: t.exposeString('evidenceRef', {
    nullable: true,
    description:
      'The reference of the receipt or invoice that evidences the spend, if one was given.',
  }),
  submittedUnder: t.relation('delegation', {
    extensions: resolversOnly(RELATED_RECORD),
    nullable: true,
    description:
      'The delegation under which a third-party app submitted this entry; null for the council’s own entries.',
  }),
}));
