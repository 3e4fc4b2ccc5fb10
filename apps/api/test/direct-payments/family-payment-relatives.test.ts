// D20: only the relatives reg 3 of the Care and Support (Direct Payments)
// Regulations 2014 names need the council's decision before a direct payment pays them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DirectPaymentWorld,
  setUpAgreement,
  startDirectPaymentWorld,
} from './direct-payment-fixtures.ts';

const RECORD_EMPLOYMENT = /* GraphQL */ `
  mutation Employ($input: RecordPaEmploymentInput!) {
    recordPaEmployment(input: $input) {
      __typename
      ... on Error { code path }
    }
  }
`;

type Result = { recordPaEmployment: { __typename: string; code?: string; path?: string[] } };

let world: DirectPaymentWorld;
let agreementId: string;

beforeAll(async () => {
  world = await startDirectPaymentWorld();
  agreementId = await setUpAgreement(world);
});

afterAll(() => world.t.close());

async function employ(
  familyRelationship: string | null,
  workerRef: string,
  extra: Record<string, unknown> = {},
) {
  const { body } = await world.t.graphql<Result>(RECORD_EMPLOYMENT, {
    token: await world.tokenOf('careCoordinator'),
    variables: {
      input: {
        agreementId,
        workerRef,
        employmentType: 'EMPLOYED',
        isFamilyMember: true,
        familyRelationship,
        livesInSameHousehold: true,
        hourlyRatePence: 1_250,
        ...extra,
      },
    },
  });
  return body.data?.recordPaEmployment;
}

describe('family members living in the household (DP Regs reg 3(3))', () => {
  it('a cousin needs no council decision', async () => {
    expect((await employ('OTHER_RELATIVE', 'PA-COUSIN'))?.__typename).toBe(
      'MutationRecordPaEmploymentSuccess',
    );
  });

  it('an aunt does, and nothing is written without it', async () => {
    const before = await world.t.db.paEmployment.count();
    expect(await employ('AUNT_OR_UNCLE', 'PA-AUNT')).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'FAMILY_PAYMENT_NOT_APPROVED',
    });
    expect(await world.t.db.paEmployment.count()).toBe(before);
  });
});

describe('a family member whose relationship is not recorded (DP Regs reg 3(2))', () => {
  it('needs the council’s decision like a named relative, and nothing is written without it', async () => {
    const before = await world.t.db.paEmployment.count();
    for (const livesInSameHousehold of [true, false]) {
      expect(
        await employ(null, `PA-UNKNOWN-${livesInSameHousehold}`, { livesInSameHousehold }),
      ).toMatchObject({ __typename: 'RuleViolationError', code: 'FAMILY_PAYMENT_NOT_APPROVED' });
    }
    expect(await world.t.db.paEmployment.count()).toBe(before);
  });

  it('is recorded with the relationship unknown once the council has decided', async () => {
    expect(
      await employ(null, 'PA-UNKNOWN-APPROVED', {
        familyPaymentApprovedOn: '2026-04-02',
        familyPaymentJustification: 'INTIMATE_CARE_PREFERENCE',
      }),
    ).toMatchObject({ __typename: 'MutationRecordPaEmploymentSuccess' });
    const row = await world.t.db.paEmployment.findFirstOrThrow({
      where: { workerRef: 'PA-UNKNOWN-APPROVED' },
    });
    expect(row).toMatchObject({ isFamilyMember: true, familyRelationship: null });
  });
});
