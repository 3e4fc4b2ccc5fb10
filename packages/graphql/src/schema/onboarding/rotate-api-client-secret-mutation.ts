import { rotateApiClientSecret } from '@openpb/db/api-clients/api-client-secrets';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import type { EventSubject as EventRow } from '../../events/event-collector.ts';
import { ONBOARDING_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { ApiClientRef } from './api-client.ts';
import { IssuedSecretRef } from './issued-secret.ts';

/** At most a week of two valid secrets. */
const MAX_GRACE_SECONDS = 7 * 24 * 60 * 60;

const rotationSchema = z.object({
  graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS).optional(),
});

const RotateApiClientSecretInput = builder.inputType('RotateApiClientSecretInput', {
  fields: (t) => ({
    apiClientId: t.globalID({ for: ApiClientRef }),
    graceSeconds: t.int({
      required: false,
      description:
        'How long the current secret keeps working beside the new one, 0 to 604 800 seconds; 24 hours when left out. 0 ends it at once (a leaked secret).',
    }),
  }),
});

builder.mutationField('rotateApiClientSecret', (t) =>
  t.field({
    type: IssuedSecretRef,
    description:
      'Gives an app a new client secret, shown this once. The old secret keeps working for the grace period, so the organisation can deploy the new one without downtime. Council administrators only.',
    authScopes: { anyRole: ONBOARDING_ROLES },
    args: { input: t.arg({ type: RotateApiClientSecretInput, required: true }) },
    errors: { types: [ValidationFailed, NotFound, Forbidden], dataField: { name: 'rotation' } },
    resolve: async (_root, { input }, context) => {
      const { graceSeconds } = parseInput(rotationSchema, input);
      return writeTransaction(context, 'rotateApiClientSecret', async (tx, events) => {
        events.fromResult('api_client.secret_rotated', (r: { apiClient: EventRow }) => r.apiClient);
        await actingStaff(tx, context);
        const apiClientId = input.apiClientId.id;
        const rotated = await rotateApiClientSecret(tx, {
          apiClientId,
          now: context.now(),
          ...(graceSeconds === undefined ? {} : { graceSeconds }),
        });
        // not in this council (row-level security hides it), revoked, or rotated meanwhile
        if (!rotated) throw new NotFound('active API client', ['input', 'apiClientId']);
        const apiClient = await tx.apiClient.findUniqueOrThrow({ where: { id: apiClientId } });
        return {
          apiClient,
          clientSecret: rotated.secret,
          previousSecretValidUntil: rotated.previousSecretValidUntil,
        };
      });
    },
  }),
);
