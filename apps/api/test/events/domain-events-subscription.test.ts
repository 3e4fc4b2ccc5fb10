import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Opens the subscription over server-sent events; returns a reader of its `data:` lines. */
async function subscribe(token: string) {
  const controller = new AbortController();
  const response = await t.api.fetch('http://api.test/graphql', {
    method: 'POST',
    signal: controller.signal,
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      query: 'subscription Live { domainEvents { type subject person version } }',
    }),
  });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next(): Promise<{ data?: { domainEvents: Record<string, unknown> } }> {
      for (;;) {
        const match = /(?:^|\n)data: (.*)\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice((match.index ?? 0) + match[0].length);
          return JSON.parse(match[1] as string);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}

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
