// D20: a carer's assessment applies reg 3 of the Care and Support (Eligibility
// Criteria) Regulations 2015, not the adult's reg 2 test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  ERROR_FIELDS,
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
          id
          eligibility { eligible }
          carerEligibility { eligible healthDeterioratingOrAtRisk outcomes { outcome unableToAchieve } }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & {
  assessment?: {
    eligibility: { eligible: boolean } | null;
    carerEligibility: { eligible: boolean; outcomes: { outcome: string }[] } | null;
  };
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi();
});
afterAll(() => api.t.close());

const carer = (overrides: Record<string, unknown> = {}) => ({
  needsArisingFromProvidingNecessaryCare: true,
  healthDeterioratingOrAtRisk: false,
  significantImpactOnWellbeing: true,
  outcomes: [
    { outcome: 'RECREATIONAL_ACTIVITIES', unableToAchieve: true, reason: 'WITHOUT_ASSISTANCE' },
    { outcome: 'NUTRITION', unableToAchieve: false },
  ],
  ...overrides,
});

async function input(extra: Record<string, unknown>) {
  return {
    personId: globalId('Person', await api.newPerson()),
    type: 'LONG_TERM',
    format: 'FACE_TO_FACE',
    involvement: 'CARER_ONLY',
    startDate: '2025-06-02',
    completedDate: '2025-06-10',
    complexity: 'MEDIUM',
    outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
    ...extra,
  };
}

const complete = async (extra: Record<string, unknown>) =>
  api.mutate<Result>('completeAssessment', COMPLETE_ASSESSMENT, await input(extra));

describe('carers’ eligibility (reg 3)', () => {
  it('one outcome not achieved (recreation) and a significant impact: eligible, stored as a carer’s determination', async () => {
    const result = await complete({ carerEligibility: carer() });
    expect(result.__typename).toBe('MutationCompleteAssessmentSuccess');
    expect(result.assessment).toMatchObject({
      eligibility: null,
      carerEligibility: { eligible: true, outcomes: [{ outcome: 'RECREATIONAL_ACTIVITIES' }, {}] },
    });
  });

  it('health at risk with no outcome affected is eligible; no significant impact is not', async () => {
    const atRisk = await complete({
      carerEligibility: carer({ healthDeterioratingOrAtRisk: true, outcomes: [] }),
    });
    expect(atRisk.assessment?.carerEligibility?.eligible).toBe(true);
    const noImpact = await complete({
      carerEligibility: carer({ significantImpactOnWellbeing: false }),
    });
    expect(noImpact.assessment?.carerEligibility?.eligible).toBe(false);
  });

  it('refuses both tests at once, and a ground that is not a carer’s (reg 3(4))', async () => {
    const both = await complete({
      carerEligibility: carer(),
      eligibility: {
        needsArisingFromImpairmentOrIllness: true,
        significantImpactOnWellbeing: true,
        outcomes: [],
      },
    });
    expect(both.__typename).toBe('ValidationError');
    const longer = await complete({
      carerEligibility: carer({
        outcomes: [
          {
            outcome: 'CARING_FOR_OTHERS',
            unableToAchieve: true,
            reason: 'TAKES_SIGNIFICANTLY_LONGER',
          },
        ],
      }),
    });
    expect(longer.__typename).toBe('ValidationError');
  });
});
