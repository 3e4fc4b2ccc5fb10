import { AllocationRole } from '@openpb/domain/code-lists/allocation-role';
import { Complexity } from '@openpb/domain/code-lists/complexity';
import {
  allocationInputSchema,
  replacedAllocationEndDate,
} from '@openpb/domain/entities/allocation';
import { violation } from '@openpb/domain/rules/rule-violation';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { ALLOCATOR_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonRef } from '../person.ts';
import { AllocationRef } from './allocation.ts';
import { hasOpenSafeguardingConcern } from './open-safeguarding.ts';
import { checkWorkerHoldsCase } from './qualified-worker-check.ts';
import { referencedPerson, referencedStaffMember } from './referenced-records.ts';
import { StaffMemberRef } from './staff-member.ts';

const AllocateCaseInput = builder.inputType('AllocateCaseInput', {
  fields: (t) => ({
    staffMemberId: t.globalID({
      for: StaffMemberRef,
      description:
        'The worker; a registered social worker when the case is HIGH complexity or has an open safeguarding concern (I-6).',
    }),
    personId: t.globalID({ for: PersonRef }),
    role: t.field({
      type: codeEnum(AllocationRole),
      description: 'The current allocation in this role, if any, ends the day before `fromDate`.',
    }),
    complexity: t.field({ type: codeEnum(Complexity) }),
    fromDate: t.field({ type: 'Date' }),
  }),
});

builder.mutationField('allocateCase', (t) =>
  t.field({
    type: AllocationRef,
    description:
      'Allocates a person’s case to a worker in a role (team managers only), ending the current allocation in that role.',
    authScopes: { anyRole: ALLOCATOR_ROLES },
    args: { input: t.arg({ type: AllocateCaseInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Forbidden],
      dataField: { name: 'allocation' },
    },
    resolve: async (_root, { input }, context) => {
      const allocation = parseInput(allocationInputSchema, {
        ...input,
        personId: input.personId.id,
        staffId: input.staffMemberId.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'allocateCase', async (tx, events) => {
        events.fromResult('case.allocated');
        await actingStaff(tx, context);
        const person = await referencedPerson(tx, councilId, allocation.personId, [
          'input',
          'personId',
        ]);
        const worker = await referencedStaffMember(tx, councilId, allocation.staffId, [
          'input',
          'staffMemberId',
        ]);
        const policy = await councilPolicyOn(tx, councilId, allocation.fromDate);
        enforce(
          checkWorkerHoldsCase(
            {
              complexity: allocation.complexity,
              safeguardingActive: await hasOpenSafeguardingConcern(tx, councilId, person.id),
              workerQualification: worker.qualification,
            },
            policy.qualificationRules,
            'staffMemberId',
          ),
        );
        const current = await tx.allocation.findFirst({
          where: { councilId, personId: person.id, role: allocation.role, toDate: null },
        });
        if (current) {
          const endDate = replacedAllocationEndDate(
            fromDbDate(current.fromDate),
            allocation.fromDate,
          );
          if (endDate === null) {
            throw new RuleViolated([
              violation(
                'END_BEFORE_START',
                'The current allocation in this role starts on or after this date, so it cannot end before it.',
                ['fromDate'],
              ),
            ]);
          }
          await tx.allocation.update({
            where: { id: current.id },
            data: { toDate: toDbDate(endDate) },
          });
        }
        return tx.allocation.create({
          data: {
            councilId,
            personId: person.id,
            staffId: worker.id,
            role: allocation.role,
            complexity: allocation.complexity,
            fromDate: toDbDate(allocation.fromDate),
          },
        });
      });
    },
  }),
);
