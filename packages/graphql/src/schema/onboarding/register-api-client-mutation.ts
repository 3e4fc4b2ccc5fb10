import { randomBytes } from 'node:crypto';
import { issueClientSecret } from '@openpb/db/api-clients/api-client-secrets';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import type { EventSubject as EventRow } from '../../events/event-collector.ts';
import { ONBOARDING_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { IssuedSecretRef } from './issued-secret.ts';
import { OrganisationRef } from './organisation.ts';

const apiClientSchema = z.object({ name: z.string().trim().min(1).max(200) });

const RegisterApiClientInput = builder.inputType('RegisterApiClientInput', {
  fields: (t) => ({
    organisationId: t.globalID({ for: OrganisationRef }),
    name: t.string({ description: 'What the council calls the app, e.g. "Northway case system".' }),
  }),
});

builder.mutationField('registerApiClient', (t) =>
  t.field({
    type: IssuedSecretRef,
    description:
      'Registers a third-party app for an organisation and returns its client id and secret. The secret is shown this once (only its scrypt hash is kept, D9): hand it to the organisation now. Council administrators only.',
    authScopes: { anyRole: ONBOARDING_ROLES },
    args: { input: t.arg({ type: RegisterApiClientInput, required: true }) },
    errors: { types: [ValidationFailed, NotFound, Forbidden], dataField: { name: 'registration' } },
    resolve: async (_root, { input }, context) => {
      const { name } = parseInput(apiClientSchema, input);
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'registerApiClient', async (tx, events) => {
        events.fromResult('api_client.registered', (r: { apiClient: EventRow }) => r.apiClient);
        await actingStaff(tx, context);
        const organisation = await tx.organisation.findUnique({
          where: { id: input.organisationId.id },
          select: { id: true },
        });
        if (!organisation) throw new NotFound('organisation', ['input', 'organisationId']);
        const { secret, secretHash } = await issueClientSecret();
        const apiClient = await tx.apiClient.create({
          data: {
            councilId,
            organisationId: organisation.id,
            clientId: `app_${randomBytes(12).toString('base64url')}`,
            secretHash,
            name,
          },
        });
        return { apiClient, clientSecret: secret, previousSecretValidUntil: null };
      });
    },
  }),
);
