import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DirectPaymentWorld,
  directPaymentRowCounts,
  setUpAgreement,
  startDirectPaymentWorld,
} from './direct-payment-fixtures.ts';

const RECORD_EMPLOYMENT = /* GraphQL */ `
  mutation Employ($input: RecordPaEmploymentInput!) {
    recordPaEmployment(input: $input) {
      __typename
      ... on MutationRecordPaEmploymentSuccess {
        employment { id workerRef isFamilyMember familyRelationship familyPaymentApprovedOn hourlyRatePence agreement { id } }
      }
      ... on Error { message code path }
      ... on RuleViolationError { violations { code path } }
    }
  }
`;

type Result = {
  recordPaEmployment: {
    __typename: string;
    code?: string;
    path?: string[];
    violations?: { code: string; path: string[] }[];
    employment?: Record<string, unknown>;
  };
};

let world: DirectPaymentWorld;
let agreementId: string;

beforeAll(async () => {
  world = await startDirectPaymentWorld();
  agreementId = await setUpAgreement(world);
});

afterAll(() => world.t.close());

const spouse = () => ({
  agreementId,
  workerRef: 'PA-0001',
  employmentType: 'EMPLOYED',
  isFamilyMember: true,
  familyRelationship: 'SPOUSE_OR_CIVIL_PARTNER',
  livesInSameHousehold: true,
  hourlyRatePence: 1_250,
});

async function employ(
  input: Record<string, unknown>,
  staff: Parameters<DirectPaymentWorld['tokenOf']>[0] = 'careCoordinator',
) {
  return world.t.graphql<Result>(RECORD_EMPLOYMENT, {
    token: await world.tokenOf(staff),
    variables: { input },
  });
}

describe('recordPaEmployment', () => {
  it('refuses paying a spouse without the council’s approval (I-8), writing nothing', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await employ(spouse());
    expect(body.data?.recordPaEmployment).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'FAMILY_PAYMENT_NOT_APPROVED',
      path: ['input', 'familyPaymentApprovedOn'],
      violations: [
        { code: 'FAMILY_PAYMENT_NOT_APPROVED', path: ['input', 'familyPaymentApprovedOn'] },
        { code: 'FAMILY_PAYMENT_NOT_APPROVED', path: ['input', 'familyPaymentJustification'] },
      ],
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('refuses an auditor and an unknown agreement', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    expect((await employ(spouse(), 'auditor')).body.data?.recordPaEmployment.__typename).toBe(
      'ForbiddenError',
    );
    const unknown = await employ({
      ...spouse(),
      isFamilyMember: false,
      familyRelationship: null,
      livesInSameHousehold: false,
      agreementId: 'not-an-id',
    });
    expect(unknown.body.data?.recordPaEmployment).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'agreementId'],
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('records an approved family payment on the agreement', async () => {
    const { body } = await employ({
      ...spouse(),
      familyPaymentApprovedOn: '2026-04-02',
      familyPaymentJustification: 'INTIMATE_CARE_PREFERENCE',
      dbsCheckedOn: '2026-03-30',
    });
    expect(body.data?.recordPaEmployment).toMatchObject({
      __typename: 'MutationRecordPaEmploymentSuccess',
      employment: {
        workerRef: 'PA-0001',
        familyRelationship: 'SPOUSE_OR_CIVIL_PARTNER',
        familyPaymentApprovedOn: '2026-04-02',
        hourlyRatePence: 1_250,
        agreement: { id: agreementId },
      },
    });
    expect(await world.t.db.paEmployment.count()).toBe(1);
  });

  it('lists the agreement’s workers as a connection', async () => {
    const { body } = await world.t.graphql<{
      node: { paEmployments: { edges: { node: { workerRef: string } }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on DirectPaymentAgreement { paEmployments(first: 5) { edges { node { workerRef } } } } } }`,
      { token: await world.tokenOf('auditor'), variables: { id: agreementId } },
    );
    expect(body.data?.node.paEmployments.edges).toEqual([{ node: { workerRef: 'PA-0001' } }]);
  });
});
