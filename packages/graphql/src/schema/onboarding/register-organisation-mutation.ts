import { OrganisationType } from '@openpb/domain/code-lists/organisation-type';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { ONBOARDING_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { OrganisationRef } from './organisation.ts';

/** The kinds of organisation that act for people through an app (D9). */
const THIRD_PARTY_TYPES = ['BROKERAGE', 'SUPPORT_PLANNING', 'DPSS'] as const;

const organisationSchema = z.object({
  type: z.enum(THIRD_PARTY_TYPES, {
    message: 'An app acts for a brokerage, a support planning organisation or a DPSS',
  }),
  name: z.string().trim().min(1).max(200),
});

const RegisterOrganisationInput = builder.inputType('RegisterOrganisationInput', {
  fields: (t) => ({
    type: t.field({
      type: codeEnum(OrganisationType),
      description: 'BROKERAGE, SUPPORT_PLANNING or DPSS.',
    }),
    name: t.string(),
  }),
});

builder.mutationField('registerOrganisation', (t) =>
  t.field({
    type: OrganisationRef,
    description:
      'Registers a brokerage, support planning organisation or direct payment support service, so that the council can register an app for it and people can delegate to it. Council administrators only.',
    authScopes: { anyRole: ONBOARDING_ROLES },
    args: { input: t.arg({ type: RegisterOrganisationInput, required: true }) },
    errors: { types: [ValidationFailed, Forbidden], dataField: { name: 'organisation' } },
    resolve: async (_root, { input }, context) => {
      const organisation = parseInput(organisationSchema, input);
      return writeTransaction(context, 'registerOrganisation', async (tx, events) => {
        events.fromResult('organisation.registered');
        await actingStaff(tx, context);
        return tx.organisation.create({
          data: { ...organisation, registeredByCouncilId: context.viewer.councilId },
        });
      });
    },
  }),
);
