import { revokeApiClient } from '@openpb/db/api-clients/api-client-secrets';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { ONBOARDING_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { ApiClientRef } from './api-client.ts';

const RevokeApiClientInput = builder.inputType('RevokeApiClientInput', {
  fields: (t) => ({ apiClientId: t.globalID({ for: ApiClientRef }) }),
});

builder.mutationField('revokeApiClient', (t) =>
  t.field({
    type: ApiClientRef,
    description:
      'Revokes an app: it can no longer sign in, and its tokens stop working within the identity cache’s time (docs/access.md). Revoking a revoked app changes nothing. Council administrators only.',
    authScopes: { anyRole: ONBOARDING_ROLES },
    args: { input: t.arg({ type: RevokeApiClientInput, required: true }) },
    errors: { types: [NotFound, Forbidden], dataField: { name: 'apiClient' } },
    resolve: async (_root, { input }, context) =>
      writeTransaction(context, 'revokeApiClient', async (tx, events) => {
        events.fromResult('api_client.revoked');
        await actingStaff(tx, context);
        const apiClientId = input.apiClientId.id;
        if (!(await revokeApiClient(tx, { apiClientId, now: context.now() }))) {
          throw new NotFound('API client', ['input', 'apiClientId']);
        }
        return tx.apiClient.findUniqueOrThrow({ where: { id: apiClientId } });
      }),
  }),
);
