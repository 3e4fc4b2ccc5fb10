import type { Prisma } from '@openpb/db/client';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { staffOrDelegated } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { listsChildren } from '../../sql-reads/sql-field.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { DirectPaymentAgreementRef } from './direct-payment-agreement.ts';

/** A person's direct payment agreements, latest start first. */
export const AGREEMENTS: ChildRelation<Prisma.DirectPaymentAgreementGetPayload<object>> = {
  model: 'DirectPaymentAgreement',
  parentField: 'personId',
  orderBy: [
    ['startDate', 'DESC'],
    ['id', 'DESC'],
  ],
};

/** Cursors and pages of `directPaymentAgreements`, as `relatedConnection` made them (cursor: the id). */
const agreementConnection = prismaConnectionHelpers(builder, 'DirectPaymentAgreement', {
  cursor: 'id',
});

builder.prismaObjectFields('Person', (t) => ({
  directPaymentAgreements: t.connection({
    extensions: listsChildren('connection', AGREEMENTS),
    type: DirectPaymentAgreementRef,
    // a third-party app without READ_DP_LEDGER: one refusal on the list, not one per agreement (D65)
    authScopes: staffOrDelegated('READ_DP_LEDGER'),
    nullable: true,
    description:
      'Direct payment agreements, latest start first. Null, with a FORBIDDEN error naming the scope, for a third-party app whose delegation lacks READ_DP_LEDGER.',
    resolve: childPage(agreementConnection, AGREEMENTS),
  }),
}));
