import type { Prisma } from '@openpb/db/client';
import { builder } from '../../builder.ts';
import { ApiClientRef } from './api-client.ts';

export interface IssuedSecret {
  readonly apiClient: Prisma.ApiClientGetPayload<object>;
  readonly clientSecret: string;
  readonly previousSecretValidUntil: Date | null;
}

/** An app with a secret just issued, shown this once. */
export const IssuedSecretRef = builder.objectRef<IssuedSecret>('IssuedClientSecret').implement({
  description:
    'An app and the client secret just issued for it. The secret is shown only in this response; the API keeps only its hash.',
  fields: (t) => ({
    apiClient: t.field({ type: ApiClientRef, resolve: (issued) => issued.apiClient }),
    clientSecret: t.exposeString('clientSecret'),
    previousSecretValidUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'After a rotation: until when the previous secret is still accepted.',
      resolve: (issued) => issued.previousSecretValidUntil,
    }),
  }),
});
