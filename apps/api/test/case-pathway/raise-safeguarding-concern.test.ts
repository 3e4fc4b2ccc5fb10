import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  directPaymentAgreementFor,
  ERROR_FIELDS,
  expectNothingWritten,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from './case-pathway-api.ts';

const RAISE = /* GraphQL */ `
  mutation Raise($input: RaiseSafeguardingConcernInput!) {
    raiseSafeguardingConcern(input: $input) {
      __typename
      ... on RaiseSafeguardingConcernSuccess {
        concern { id raisedDate raisedBy affectsDirectPayment closedDate leadStaff { id } person { id } }
        triggeredReview {
          id reason isDirectPaymentReview dueDate completedDate
          directPaymentAgreement { id }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & {
  concern?: {
    id: string;
    raisedDate: string;
    raisedBy: string;
    affectsDirectPayment: boolean;
    leadStaff: { id: string } | null;
  };
  triggeredReview?: {
    reason: string;
    isDirectPaymentReview: boolean;
    dueDate: string;
    completedDate: string | null;
    directPaymentAgreement: { id: string } | null;
  } | null;
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi();
});
afterAll(() => api.t.close());

const raise = (input: Record<string, unknown>, as?: string) =>
  api.mutate<Result>('raiseSafeguardingConcern', RAISE, input, as);

function concernInput(personId: string, overrides: Record<string, unknown> = {}) {
  return {
    personId: globalId('Person', personId),
    raisedDate: '2025-06-20',
    raisedBy: ' District nurse ',
    affectsDirectPayment: true,
    ...overrides,
  };
}

describe('raiseSafeguardingConcern', () => {
  it('schedules an unplanned direct payment review when the concern affects an active DP (I-11)', async () => {
    const personId = await api.newPerson();
    const agreement = await directPaymentAgreementFor(api.t.db, api.councilId, personId);
    const result = await raise(
      concernInput(personId, { leadStaffId: globalId('StaffMember', api.staffIds.socialWorker) }),
      'careCoordinator',
    );
    expect(result).toMatchObject({
      __typename: 'RaiseSafeguardingConcernSuccess',
      concern: {
        raisedDate: '2025-06-20',
        raisedBy: 'District nurse',
        affectsDirectPayment: true,
        leadStaff: { id: globalId('StaffMember', api.staffIds.socialWorker) },
      },
      triggeredReview: {
        reason: 'UNPLANNED_SAFEGUARDING_CONCERN',
        isDirectPaymentReview: true,
        dueDate: '2025-06-30',
        completedDate: null,
        directPaymentAgreement: { id: globalId('DirectPaymentAgreement', agreement.id) },
      },
    });
  });

  it('triggers no review when the concern does not affect the direct payment', async () => {
    const personId = await api.newPerson();
    await directPaymentAgreementFor(api.t.db, api.councilId, personId);
    const result = await raise(concernInput(personId, { affectsDirectPayment: false }));
    expect(result.__typename).toBe('RaiseSafeguardingConcernSuccess');
    expect(result.triggeredReview).toBeNull();
    expect(await api.t.db.review.count({ where: { personId } })).toBe(0);
  });

  it('triggers no review when the person has no active direct payment agreement', async () => {
    const personId = await api.newPerson();
    await directPaymentAgreementFor(api.t.db, api.councilId, personId, 'TERMINATED');
    const result = await raise(concernInput(personId));
    expect(result.triggeredReview).toBeNull();
  });

  it('uses the council’s unplanned-review SLA for the due date', async () => {
    await api.t.db.councilPolicy.create({
      data: {
        councilId: api.councilId,
        effectiveFrom: new Date('2031-01-01T00:00:00Z'),
        policy: { unplannedReviewSlaDays: 3 },
      },
    });
    const personId = await api.newPerson();
    await directPaymentAgreementFor(api.t.db, api.councilId, personId);
    const result = await raise(concernInput(personId, { raisedDate: '2031-02-01' }));
    expect(result.triggeredReview?.dueDate).toBe('2031-02-04');
  });

  it('refuses a lead who is not a registered social worker (I-6), writing neither concern nor review', async () => {
    const personId = await api.newPerson();
    await directPaymentAgreementFor(api.t.db, api.councilId, personId);
    const input = concernInput(personId, {
      leadStaffId: globalId('StaffMember', api.staffIds.careCoordinator),
    });
    const result = await expectNothingWritten(api.t.db, () => raise(input));
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED',
      path: ['input', 'leadStaffId'],
    });
  });

  it('refuses an empty raisedBy with a ValidationError', async () => {
    const input = concernInput(await api.newPerson(), { raisedBy: '   ' });
    const result = await expectNothingWritten(api.t.db, () => raise(input));
    expect(result).toMatchObject({ __typename: 'ValidationError', path: ['input', 'raisedBy'] });
  });

  it('answers NotFound for a person of another council and a lead of another council', async () => {
    const otherPerson = concernInput(api.otherCouncilPersonId);
    expect(await expectNothingWritten(api.t.db, () => raise(otherPerson))).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'personId'],
    });
    const otherLead = await api.t.db.staffMember.create({
      data: {
        councilId: api.otherCouncilId,
        subject: 'other:sw',
        name: 'Other worker',
        team: 'Elsewhere',
        jobTitle: 'Social worker',
        qualification: 'REGISTERED_SOCIAL_WORKER',
        approvalLevel: 'TEAM',
      },
    });
    const input = concernInput(await api.newPerson(), {
      leadStaffId: globalId('StaffMember', otherLead.id),
    });
    expect(await expectNothingWritten(api.t.db, () => raise(input))).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'leadStaffId'],
    });
  });

  it.each(['financeOfficer', 'auditor'])('refuses a %s', async (as) => {
    const input = concernInput(await api.newPerson());
    const result = await expectNothingWritten(api.t.db, () => raise(input, as));
    expect(result).toMatchObject({ __typename: 'ForbiddenError' });
  });
});
