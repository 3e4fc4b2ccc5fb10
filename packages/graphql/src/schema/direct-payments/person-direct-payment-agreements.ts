import type { Prisma } from '@openpb/db/client';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../../builder.ts';
import { type ChildRelation, relationPage } from '../child-rows.ts';
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
    type: DirectPaymentAgreementRef,
    description: 'Direct payment agreements, latest start first.',
    resolve: async (person, args, context) => {
      const query = agreementConnection.getQuery(args, context, () => true);
      const rows = await relationPage(context, AGREEMENTS, person.id, query);
      return agreementConnection.resolve(rows, args, context);
    },
  }),
}));
