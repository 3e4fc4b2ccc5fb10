import type { Prisma } from '@openpb/db/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  expectNothingWritten,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from './case-pathway-api.ts';

const CALCULATE = /* GraphQL */ `
  mutation Calculate($input: CalculateIndicativeBudgetInput!) {
    calculateIndicativeBudget(input: $input) {
      __typename
      ... on MutationCalculateIndicativeBudgetSuccess {
        indicativeBudget {
          weeklyAmountPence annualAmountPence points explanation modelVersion
          assessment { id }
          person { id }
        }
      }
      ... on Error { message code path }
    }
  }
`;

type Result = MutationError & {
  indicativeBudget?: {
    weeklyAmountPence: number;
    annualAmountPence: number;
    points: number;
    explanation: string;
    modelVersion: string;
    assessment: { id: string };
    person: { id: string };
  };
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi();
});
afterAll(() => api.t.close());

function determination(eligible: boolean) {
  return {
    needsArisingFromImpairmentOrIllness: true,
    significantImpactOnWellbeing: eligible,
    eligible,
    outcomes: [
      { outcome: 'NUTRITION', unableToAchieve: true, reason: 'WITHOUT_ASSISTANCE' },
      { outcome: 'TOILET_NEEDS', unableToAchieve: true, reason: 'WITHOUT_ASSISTANCE' },
    ],
  };
}

async function assessment(data: Partial<Prisma.AssessmentUncheckedCreateInput> = {}) {
  const row = await api.t.db.assessment.create({
    data: {
      councilId: api.councilId,
      personId: await api.newPerson(),
      type: 'LONG_TERM',
      format: 'FACE_TO_FACE',
      involvement: 'SERVICE_USER_ONLY',
      startDate: new Date('2025-06-01T00:00:00Z'),
      completedDate: new Date('2025-06-05T00:00:00Z'),
      assessorId: api.staffIds.socialWorker,
      complexity: 'MEDIUM',
      outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
      eligibility: determination(true),
      eligible: true,
      ...data,
    },
  });
  return row;
}

const calculate = (assessmentId: string, as?: string) =>
  api.mutate<Result>(
    'calculateIndicativeBudget',
    CALCULATE,
    { assessmentId: globalId('Assessment', assessmentId) },
    as,
  );

describe('calculateIndicativeBudget', () => {
  it('prices the unachievable outcomes with the default RAS and explains the amount', async () => {
    const row = await assessment();
    const result = await calculate(row.id, 'careCoordinator');
    expect(result).toMatchObject({
      __typename: 'MutationCalculateIndicativeBudgetSuccess',
      indicativeBudget: {
        points: 26,
        weeklyAmountPence: 6_500,
        annualAmountPence: 338_000,
        modelVersion: 'Open Personal Budgets default RAS 2025.1',
        assessment: { id: globalId('Assessment', row.id) },
        person: { id: globalId('Person', row.personId) },
      },
    });
    expect(result.indicativeBudget?.explanation).toContain('£65.00 a week');
    expect(result.indicativeBudget?.explanation).toContain('not an allocation');
  });

  it.each([
    [
      'an ineligible assessment',
      { eligibility: determination(false), eligible: false },
      'no eligible needs',
    ],
    ['an assessment still in progress', { completedDate: null }, 'not completed'],
    [
      'a short-term assessment',
      { type: 'SHORT_TERM', eligibility: undefined, eligible: null },
      'long-term',
    ],
  ])('refuses %s with an InvalidStateError', async (_case, data, message) => {
    const row = await assessment(data as Partial<Prisma.AssessmentUncheckedCreateInput>);
    const result = await expectNothingWritten(api.t.db, () => calculate(row.id));
    expect(result).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      path: ['input', 'assessmentId'],
      message: expect.stringContaining(message),
    });
  });

  it('answers NotFound for an assessment of another council', async () => {
    const row = await assessment({
      councilId: api.otherCouncilId,
      personId: api.otherCouncilPersonId,
    });
    const result = await expectNothingWritten(api.t.db, () => calculate(row.id));
    expect(result).toMatchObject({ __typename: 'NotFoundError', path: ['input', 'assessmentId'] });
  });

  it.each(['financeOfficer', 'auditor'])('refuses a %s', async (as) => {
    const row = await assessment();
    const result = await expectNothingWritten(api.t.db, () => calculate(row.id, as));
    expect(result).toMatchObject({ __typename: 'ForbiddenError' });
  });
});
