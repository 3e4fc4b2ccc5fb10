import type { Prisma } from '@openpb/db/client';
import { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { codeEnum } from './code-lists.ts';

/** A delegation in force to the signed-in app's organisation, as the app sees it. */
export const ViewerDelegationRef = builder
  .objectRef<Prisma.DelegationGetPayload<object>>('ViewerDelegation')
  .implement({
    description:
      'A person’s delegation to your organisation in force today: whom you may act for, with which scopes, until when (I-17).',
    fields: (t) => ({
      personId: t.id({
        description: 'The person’s global id (read them with node(id)).',
        resolve: (delegation) => encodeGlobalID('Person', delegation.personId),
      }),
      scopes: t.field({
        type: [codeEnum(DelegationScope)],
        resolve: (delegation) => delegation.scopes as DelegationScope[],
      }),
      validFrom: t.field({ type: 'Date', resolve: (delegation) => delegation.validFrom }),
      validTo: t.field({
        type: 'Date',
        nullable: true,
        resolve: (delegation) => delegation.validTo,
      }),
    }),
  });
