import { DelegationGrantorType } from '@openpb/domain/code-lists/delegation-grantor-type';
import { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import type { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { delegationInputSchema } from '@openpb/domain/entities/delegation';
import { checkDelegationGrantor } from '@openpb/domain/rules/delegation';
import { builder } from '../../builder.ts';
import { toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { databaseId, tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { OrganisationRef } from '../onboarding/organisation.ts';
import { PersonRef } from '../person.ts';
import { DelegationRef } from './delegation.ts';

const GrantDelegationInput = builder.inputType('GrantDelegationInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef }),
    organisationId: t.globalID({
      for: OrganisationRef,
      description: 'The organisation of the third-party app (its global id).',
    }),
    scopes: t.field({ type: [codeEnum(DelegationScope)] }),
    grantedBy: t.field({
      type: codeEnum(DelegationGrantorType),
      description: 'Who gave the permission: the person, their authorised person, or the council.',
    }),
    validFrom: t.field({ type: 'Date' }),
    validTo: t.field({ type: 'Date', required: false }),
  }),
});

builder.mutationField('grantDelegation', (t) =>
  t.field({
    type: DelegationRef,
    description:
      'Records that a person (or their authorised person, or the council) lets a third-party organisation act for them within scopes (I-17).',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: GrantDelegationInput, required: true }) },
    errors: {
      types: [ValidationFailed, RuleViolated, NotFound, Forbidden],
      dataField: { name: 'delegation' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'grantDelegation', async (tx, events) => {
        events.fromResult('delegation.granted');
        const staff = await actingStaff(tx, context);
        const person = await tx.person.findFirst({
          where: tenantRowWhere(input.personId.id, councilId),
          select: { id: true, mentalCapacityForDp: true },
        });
        if (!person) throw new NotFound('person', ['input', 'personId']);
        const organisation = await tx.organisation.findUnique({
          where: { id: databaseId(input.organisationId.id) },
          select: { id: true },
        });
        if (!organisation) throw new NotFound('organisation', ['input', 'organisationId']);
        const grant = parseInput(delegationInputSchema, {
          ...input,
          personId: person.id,
          granteeOrganisationId: organisation.id,
          grantedById: staff.id,
        });
        enforce(
          checkDelegationGrantor(
            grant.grantedBy,
            person.mentalCapacityForDp as MentalCapacityForDp,
          ),
        );
        return tx.delegation.create({
          data: {
            councilId,
            personId: person.id,
            organisationId: organisation.id,
            scopes: [...grant.scopes],
            grantedBy: grant.grantedBy,
            validFrom: toDbDate(grant.validFrom),
            validTo: toDbDateOrNull(grant.validTo),
            recordedBySubject: context.viewer.subject,
          },
        });
      });
    },
  }),
);
