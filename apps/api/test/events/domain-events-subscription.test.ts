import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../support/event-stream.ts';
import { addEmptyCouncil } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

let t: TestApi;
let staff: string;
let otherCouncilStaff: string;

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-12-02T10:00:00Z') });
  await t.db.council.create({ data: { ...DEMO_COUNCIL } });
  const other = await addEmptyCouncil(t.db);
  staff = await t.tokenFor({ councilId: DEMO_COUNCIL.id });
  otherCouncilStaff = await t.tokenFor({ councilId: other, subject: 'staff:other' });
});

afterAll(() => t.close());

const subscribe = (token: string) => openEventStream(t, token);

const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }`;
const person = (laPersonId: string) => ({
  laPersonId,
  givenName: 'Live',
  familyName: 'Screen',
  birthDate: '1950-01-01',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  postcode: 'EM1 2AB',
  clientType: 'SERVICE_USER',
  primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
  accommodationStatus: 'OWNER_OCCUPIER',
  mentalCapacityForDp: 'CAPACITY_PRESENT',
});

describe('live subscriptions over server-sent events (issue 14 item 4)', () => {
  it('tells a staff screen of a change another member of staff commits, and nothing of another council', async () => {
    const screen = await subscribe(staff);
    const otherScreen = await subscribe(otherCouncilStaff);
    const { body } = await t.graphql<{ createPerson: { __typename: string } }>(CREATE, {
      token: staff,
      variables: { input: person('LIVE-1') },
    });
    expect(body.data?.createPerson.__typename).toBe('MutationCreatePersonSuccess');
    const message = await screen.next();
    expect(message.data?.domainEvents).toMatchObject({ type: 'person.created', version: 1 });
    expect(JSON.stringify(message)).not.toMatch(/Live|Screen|EM1/);
    const stored = await t.db.person.findFirstOrThrow({ where: { laPersonId: 'LIVE-1' } });
    expect(message.data?.domainEvents.person).toBe(
      Buffer.from(`Person:${stored.id}`).toString('base64'),
    );
    // the other council's screen got nothing: its next message is its own council's event
    await t.graphql(CREATE, { token: otherCouncilStaff, variables: { input: person('LIVE-2') } });
    const other = await otherScreen.next();
    expect(other.data?.domainEvents).toMatchObject({ type: 'person.created' });
    const otherStored = await t.db.person.findFirstOrThrow({ where: { laPersonId: 'LIVE-2' } });
    expect(other.data?.domainEvents.person).toBe(
      Buffer.from(`Person:${otherStored.id}`).toString('base64'),
    );
    screen.close();
    otherScreen.close();
  }, 15_000);
});
