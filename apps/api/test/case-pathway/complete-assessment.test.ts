import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  ERROR_FIELDS,
  expectNothingWritten,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from './case-pathway-api.ts';

const COMPLETE_ASSESSMENT = /* GraphQL */ `
  mutation CompleteAssessment($input: CompleteAssessmentInput!) {
    completeAssessment(input: $input) {
      __typename
      ... on MutationCompleteAssessmentSuccess {
        assessment {
          id type format completedDate complexity
          assessor { id name }
          countersignedBy { id }
          request { id }
          eligibility { eligible outcomesUnableToAchieve significantImpactOnWellbeing }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & {
  assessment?: {
    id: string;
    type: string;
    format: string;
    completedDate: string;
    complexity: string;
    assessor: { id: string; name: string };
    countersignedBy: { id: string } | null;
    request: { id: string } | null;
    eligibility: {
      eligible: boolean;
      outcomesUnableToAchieve: string[];
      significantImpactOnWellbeing: boolean;
    } | null;
  };
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi();
});
afterAll(() => api.t.close());

const eligibleNeeds = {
  needsArisingFromImpairmentOrIllness: true,
  significantImpactOnWellbeing: true,
  outcomes: [
    { outcome: 'NUTRITION', unableToAchieve: true, reason: 'WITHOUT_ASSISTANCE' },
    { outcome: 'PERSONAL_HYGIENE', unableToAchieve: true, reason: 'PAIN_DISTRESS_ANXIETY' },
    { outcome: 'RELATIONSHIPS', unableToAchieve: false },
  ],
};

async function assessmentInput(overrides: Record<string, unknown> = {}) {
  return {
    personId: globalId('Person', await api.newPerson()),
    type: 'LONG_TERM',
    format: 'SUPPORTED_SELF_ASSESSMENT',
    involvement: 'SERVICE_USER_ONLY',
    startDate: '2025-06-02',
    completedDate: '2025-06-10',
    complexity: 'MEDIUM',
    outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
    eligibility: eligibleNeeds,
    ...overrides,
  };
}

const complete = (input: Record<string, unknown>, as?: string) =>
  api.mutate<Result>('completeAssessment', COMPLETE_ASSESSMENT, input, as);

async function openConcernFor(personGlobalId: string) {
  const personId = Buffer.from(personGlobalId, 'base64').toString().split(':')[1] ?? '';
  await api.t.db.safeguardingConcern.create({
    data: {
      councilId: api.councilId,
      personId,
      raisedDate: new Date('2025-05-01T00:00:00Z'),
      raisedBy: 'GP',
    },
  });
}

describe('completeAssessment', () => {
  it('records a supported self-assessment with the caller as assessor and computes eligibility (I-3)', async () => {
    const result = await complete(await assessmentInput());
    expect(result).toMatchObject({
      __typename: 'MutationCompleteAssessmentSuccess',
      assessment: {
        type: 'LONG_TERM',
        format: 'SUPPORTED_SELF_ASSESSMENT',
        completedDate: '2025-06-10',
        assessor: { id: globalId('StaffMember', api.staffIds.socialWorker) },
        countersignedBy: null,
        eligibility: {
          eligible: true,
          outcomesUnableToAchieve: ['NUTRITION', 'PERSONAL_HYGIENE'],
          significantImpactOnWellbeing: true,
        },
      },
    });
  });

  it('computes "not eligible" when fewer than two outcomes cannot be achieved', async () => {
    const result = await complete(
      await assessmentInput({
        eligibility: { ...eligibleNeeds, outcomes: eligibleNeeds.outcomes.slice(0, 1) },
      }),
      'careCoordinator',
    );
    expect(result.assessment?.eligibility?.eligible).toBe(false);
  });

  it('links the request of the same person, and refuses one of another person', async () => {
    const personId = await api.newPerson();
    const request = await api.t.db.request.create({
      data: {
        councilId: api.councilId,
        personId,
        receivedDate: new Date('2025-05-20T00:00:00Z'),
        routeOfAccess: 'COMMUNITY_OTHER',
        source: 'SELF',
      },
    });
    const linked = await complete(
      await assessmentInput({
        personId: globalId('Person', personId),
        requestId: globalId('Request', request.id),
      }),
    );
    expect(linked.assessment?.request).toEqual({ id: globalId('Request', request.id) });
    const input = await assessmentInput({ requestId: globalId('Request', request.id) });
    const refused = await expectNothingWritten(api.t.db, () => complete(input));
    expect(refused).toMatchObject({ __typename: 'NotFoundError', path: ['input', 'requestId'] });
  });

  it('refuses HIGH complexity by a worker who is not a registered social worker (I-6)', async () => {
    const input = await assessmentInput({ complexity: 'HIGH' });
    const result = await expectNothingWritten(api.t.db, () => complete(input, 'careCoordinator'));
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED',
      path: ['input', 'countersignedById'],
    });
  });

  it('accepts HIGH complexity countersigned by a registered social worker', async () => {
    const result = await complete(
      await assessmentInput({
        complexity: 'HIGH',
        countersignedById: globalId('StaffMember', api.staffIds.socialWorker),
      }),
      'careCoordinator',
    );
    expect(result.assessment).toMatchObject({
      complexity: 'HIGH',
      assessor: { id: globalId('StaffMember', api.staffIds.careCoordinator) },
      countersignedBy: { id: globalId('StaffMember', api.staffIds.socialWorker) },
    });
  });

  it('refuses a countersignature by someone who is not qualified either', async () => {
    const input = await assessmentInput({
      complexity: 'HIGH',
      countersignedById: globalId('StaffMember', api.staffIds.financeOfficer),
    });
    const result = await expectNothingWritten(api.t.db, () => complete(input, 'careCoordinator'));
    expect(result).toMatchObject({ code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED' });
  });

  it('applies I-6 to a person with an open safeguarding concern, whatever the complexity', async () => {
    const input = await assessmentInput({ complexity: 'LOW' });
    await openConcernFor(input.personId);
    const result = await expectNothingWritten(api.t.db, () => complete(input, 'careCoordinator'));
    expect(result).toMatchObject({
      code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED',
      message: expect.stringContaining('safeguarding'),
    });
    expect((await complete(input, 'socialWorker')).__typename).toBe(
      'MutationCompleteAssessmentSuccess',
    );
  });

  it('follows the council policy in force: without the HIGH-complexity requirement it is allowed', async () => {
    await api.t.db.councilPolicy.create({
      data: {
        councilId: api.councilId,
        effectiveFrom: new Date('2030-01-01T00:00:00Z'),
        policy: {
          qualificationRules: {
            requireForHighComplexity: false,
            requireForSafeguarding: true,
            allowCountersignature: true,
            qualifyingQualifications: ['REGISTERED_SOCIAL_WORKER'],
          },
        },
      },
    });
    const result = await complete(
      await assessmentInput({
        complexity: 'HIGH',
        startDate: '2030-02-01',
        completedDate: '2030-02-02',
      }),
      'careCoordinator',
    );
    expect(result.__typename).toBe('MutationCompleteAssessmentSuccess');
  });

  it.each([
    [
      'an eligibility determination on a short-term assessment',
      { type: 'SHORT_TERM' },
      ['input', 'eligibility'],
    ],
    ['a financial assessment', { type: 'FINANCIAL', eligibility: null }, ['input', 'type']],
    [
      'an unachievable outcome without its reason',
      {
        eligibility: {
          ...eligibleNeeds,
          outcomes: [{ outcome: 'NUTRITION', unableToAchieve: true }],
        },
      },
      ['input', 'eligibility', 'outcomes', '0', 'reason'],
    ],
  ])('refuses %s with a ValidationError', async (_case, change, path) => {
    const input = await assessmentInput(change);
    const result = await expectNothingWritten(api.t.db, () => complete(input));
    expect(result).toMatchObject({ __typename: 'ValidationError', path });
  });

  it('refuses a completed date before the start (I-13)', async () => {
    const input = await assessmentInput({ completedDate: '2025-06-01' });
    const result = await expectNothingWritten(api.t.db, () => complete(input));
    expect(result).toMatchObject({ code: 'END_BEFORE_START', path: ['input', 'completedDate'] });
  });

  it('refuses an assessment completed after the person died (I-13)', async () => {
    const personId = await api.newPerson({ deathDate: new Date('2025-06-05T00:00:00Z') });
    const input = await assessmentInput({ personId: globalId('Person', personId) });
    const result = await expectNothingWritten(api.t.db, () => complete(input));
    expect(result).toMatchObject({ code: 'EVENT_AFTER_DEATH', path: ['input', 'completedDate'] });
  });

  it('answers NotFound for a person of another council', async () => {
    const input = await assessmentInput({ personId: globalId('Person', api.otherCouncilPersonId) });
    const result = await expectNothingWritten(api.t.db, () => complete(input));
    expect(result).toMatchObject({ __typename: 'NotFoundError', path: ['input', 'personId'] });
  });

  it.each(['financeOfficer', 'auditor'])('refuses a %s', async (as) => {
    const input = await assessmentInput();
    const result = await expectNothingWritten(api.t.db, () => complete(input, as));
    expect(result).toMatchObject({ __typename: 'ForbiddenError' });
  });
});
