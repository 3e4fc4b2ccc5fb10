import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  directPaymentAgreementFor,
  ERROR_FIELDS,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from '../case-pathway/case-pathway-api.ts';
import { NO_RULE_ERROR_FIELDS, openServicesOf } from './person-records-fixture.ts';

const RECORD_CAPACITY = /* GraphQL */ `
  mutation Capacity($input: RecordMentalCapacityAssessmentInput!) {
    recordMentalCapacityAssessment(input: $input) {
      __typename
      ... on RecordMentalCapacityAssessmentSuccess {
        assessment { assessedOn outcome assessorName assessor { id } }
        person { mentalCapacityForDp capacityAssessedOn }
        triggeredReview { reason isDirectPaymentReview dueDate }
      }
      ${ERROR_FIELDS}
    }
  }
`;

const RECORD_LINK = /* GraphQL */ `
  mutation Link($input: RecordCarerLinkInput!) {
    recordCarerLink(input: $input) {
      __typename
      ... on MutationRecordCarerLinkSuccess {
        carerLink { id hoursCaringPerWeekHundredths validFrom validTo caredFor { hasUnpaidCarer } }
      }
      ${ERROR_FIELDS}
    }
  }
`;

const END_LINK = /* GraphQL */ `
  mutation End($input: EndCarerLinkInput!) {
    endCarerLink(input: $input) {
      __typename
      ... on MutationEndCarerLinkSuccess { carerLink { validTo } }
      ${NO_RULE_ERROR_FIELDS}
    }
  }
`;

const SET_CQC = /* GraphQL */ `
  mutation Cqc($input: SetPlanLineCqcLocationInput!) {
    setPlanLineCqcLocation(input: $input) {
      __typename
      ... on MutationSetPlanLineCqcLocationSuccess { line { providerCqcLocationId providerCqcLocationName } }
      ${NO_RULE_ERROR_FIELDS}
    }
  }
`;

const DRAFT = /* GraphQL */ `
  mutation Draft($input: DraftSupportPlanInput!) {
    draftSupportPlan(input: $input) {
      __typename
      ... on MutationDraftSupportPlanSuccess { plan { lines { providerCqcLocationId providerCqcLocationName } } }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & Record<string, unknown>;

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi('2025-06-30');
});
afterAll(() => api.t.close());

describe('recordMentalCapacityAssessment', () => {
  const record = (input: Record<string, unknown>) =>
    api.mutate<Result>('recordMentalCapacityAssessment', RECORD_CAPACITY, input);

  it('keeps each assessment; the latest decides, and a change on an active direct payment schedules its review (I-11)', async () => {
    const personId = await api.newPerson({ mentalCapacityForDp: 'NOT_ASSESSED' });
    await directPaymentAgreementFor(api.t.db, api.councilId, personId);
    // confirming the presumed capacity (MCA 2005 s1(2)) changes nothing: no review
    const confirmed = await record({
      personId: globalId('Person', personId),
      assessedOn: '2025-05-01',
      outcome: 'CAPACITY_PRESENT',
      assessorStaffId: globalId('StaffMember', api.staffIds.socialWorker),
    });
    expect(confirmed).toMatchObject({
      person: { mentalCapacityForDp: 'CAPACITY_PRESENT', capacityAssessedOn: '2025-05-01' },
      assessment: { assessor: { id: globalId('StaffMember', api.staffIds.socialWorker) } },
      triggeredReview: null,
    });
    const lost = await record({
      personId: globalId('Person', personId),
      assessedOn: '2025-06-20',
      outcome: 'LACKS_CAPACITY',
      assessorName: 'Dr A. Patel',
    });
    expect(lost).toMatchObject({
      person: { mentalCapacityForDp: 'LACKS_CAPACITY', capacityAssessedOn: '2025-06-20' },
      triggeredReview: { reason: 'UNPLANNED_OTHER', isDirectPaymentReview: true },
    });
    // an older assessment is history only
    const older = await record({
      personId: globalId('Person', personId),
      assessedOn: '2025-01-01',
      outcome: 'CAPACITY_PRESENT',
      assessorName: 'Dr B. Jones',
    });
    expect(older).toMatchObject({ person: { mentalCapacityForDp: 'LACKS_CAPACITY' } });
    expect(await api.t.db.mentalCapacityAssessment.count({ where: { personId } })).toBe(3);
  });

  it('refuses NOT_ASSESSED as an outcome, a missing assessor and a date after death, writing nothing', async () => {
    const personId = await api.newPerson({ deathDate: new Date('2025-03-01T00:00:00Z') });
    const base = { personId: globalId('Person', personId), assessedOn: '2025-02-01' };
    expect(await record({ ...base, outcome: 'NOT_ASSESSED', assessorName: 'X' })).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'outcome'],
    });
    expect(await record({ ...base, outcome: 'LACKS_CAPACITY' })).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'assessorStaffId'],
    });
    expect(
      await record({
        ...base,
        assessedOn: '2025-03-02',
        outcome: 'LACKS_CAPACITY',
        assessorName: 'X',
      }),
    ).toMatchObject({ __typename: 'RuleViolationError', code: 'EVENT_AFTER_DEATH' });
    expect(await api.t.db.mentalCapacityAssessment.count({ where: { personId } })).toBe(0);
  });
});

describe('carer links', () => {
  const link = (input: Record<string, unknown>) =>
    api.mutate<Result>('recordCarerLink', RECORD_LINK, input);

  it('links a carer with their hours; the cared-for person then has an unpaid carer; the link ends once', async () => {
    const carer = await api.newPerson({ clientType: 'CARER' });
    const caredFor = await api.newPerson({ hasUnpaidCarer: false });
    const input = {
      carerPersonId: globalId('Person', carer),
      caredForPersonId: globalId('Person', caredFor),
      hoursCaringPerWeekHundredths: 3_550,
      validFrom: '2025-01-01',
    };
    const linked = await link(input);
    expect(linked).toMatchObject({
      carerLink: {
        hoursCaringPerWeekHundredths: 3_550,
        validFrom: '2025-01-01',
        validTo: null,
        caredFor: { hasUnpaidCarer: true },
      },
    });
    expect(
      await api.t.db.personDetailHistory.findFirst({
        where: { personId: caredFor, field: 'HAS_UNPAID_CARER' },
      }),
    ).toMatchObject({ value: 'true', previousValue: 'false' });
    // the same pair for an overlapping period is a duplicate
    expect(await link({ ...input, validFrom: '2025-02-01' })).toMatchObject({
      __typename: 'ConflictError',
      code: 'DUPLICATE',
    });
    const linkId = (linked.carerLink as { id: string }).id;
    const end = (validTo: string) =>
      api.mutate<Result>('endCarerLink', END_LINK, { carerLinkId: linkId, validTo });
    expect(await end('2024-12-31')).toMatchObject({ __typename: 'ValidationError' });
    expect(await end('2025-06-01')).toMatchObject({ carerLink: { validTo: '2025-06-01' } });
    expect(await end('2025-06-02')).toMatchObject({ __typename: 'InvalidStateError' });
  });

  it('refuses a carer caring for themselves and hours beyond a week, writing nothing', async () => {
    const carer = await api.newPerson({ clientType: 'CARER' });
    const before = await api.t.db.carerLink.count();
    expect(
      await link({
        carerPersonId: globalId('Person', carer),
        caredForPersonId: globalId('Person', carer),
        validFrom: '2025-01-01',
      }),
    ).toMatchObject({ __typename: 'ValidationError', path: ['input', 'caredForPersonId'] });
    const other = await api.newPerson();
    expect(
      await link({
        carerPersonId: globalId('Person', carer),
        caredForPersonId: globalId('Person', other),
        hoursCaringPerWeekHundredths: 16_801,
        validFrom: '2025-01-01',
      }),
    ).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'hoursCaringPerWeekHundredths'],
    });
    expect(
      await link({
        carerPersonId: globalId('Person', carer),
        caredForPersonId: globalId('Person', api.otherCouncilPersonId),
        validFrom: '2025-01-01',
      }),
    ).toMatchObject({ __typename: 'NotFoundError', path: ['input', 'caredForPersonId'] });
    expect(await api.t.db.carerLink.count()).toBe(before);
  });
});

describe('setPlanLineCqcLocation', () => {
  it('takes the CQC location of a line when the plan is drafted, and refuses one that is not a CQC location id', async () => {
    const personId = await api.newPerson();
    const draft = (providerCqcLocationId: string) =>
      api.mutate<Result>('draftSupportPlan', DRAFT, {
        personId: globalId('Person', personId),
        content: {
          startDate: '2025-07-07',
          outcomes: [{ description: 'Stay at home' }, { description: 'See my friends' }],
          lines: [
            {
              description: 'Home care',
              serviceType: 'LT_COMMUNITY',
              serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
              deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
              unitCostPence: 15_000,
              costFrequency: 'WEEKLY',
              startDate: '2025-07-07',
              providerCqcLocationId,
              providerCqcLocationName: 'Greenway House',
            },
          ],
        },
      });
    expect(await draft('Greenway')).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'content', 'lines', '0', 'providerCqcLocationId'],
    });
    expect(await draft('1-101641599')).toMatchObject({
      plan: {
        lines: [
          { providerCqcLocationId: '1-101641599', providerCqcLocationName: 'Greenway House' },
        ],
      },
    });
  });

  it('records the CQC location of a line, and refuses a cancelled line or a malformed id', async () => {
    const personId = await api.newPerson();
    const { planId } = await openServicesOf(
      api.t.db,
      api.councilId,
      personId,
      api.staffIds.socialWorker,
    );
    const set = (position: number, providerCqcLocationId: string) =>
      api.mutate<Result>('setPlanLineCqcLocation', SET_CQC, {
        planId: globalId('SupportPlan', planId),
        position,
        providerCqcLocationId,
        providerCqcLocationName: 'Greenway House',
      });
    expect(await set(0, '1-101641599')).toMatchObject({
      line: { providerCqcLocationId: '1-101641599', providerCqcLocationName: 'Greenway House' },
    });
    expect(await set(1, 'RXX')).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'providerCqcLocationId'],
    });
    await api.t.db.supportPlanLine.updateMany({
      where: { planId, position: 3 },
      data: { status: 'CANCELLED' },
    });
    expect(await set(3, '1-101641599')).toMatchObject({ __typename: 'InvalidStateError' });
    expect(await set(9, '1-101641599')).toMatchObject({ __typename: 'NotFoundError' });
    const lines = await api.t.db.supportPlanLine.findMany({
      where: { planId },
      orderBy: { position: 'asc' },
    });
    expect(lines.map((line) => line.providerCqcLocationId)).toEqual([
      '1-101641599',
      null,
      null,
      null,
    ]);
  });
});
