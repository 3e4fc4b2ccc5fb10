import { uuidV7 } from '@openpb/graphql/events/event-collector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/**
 * The delivery log is a child list like every other (D82): a page of deliveries per endpoint and
 * each delivery's attempts, read in a fixed number of statements however many endpoints,
 * deliveries and attempts there are.
 */

let t: TestApi;
let councilId: string;
let admin: string;

interface LogPage {
  webhookEndpoints: {
    edges: {
      node: {
        url: string;
        deliveries: {
          totalCount: number;
          edges: { node: { eventId: string; attempts: number; log: { statusCode: number }[] } }[];
        };
      };
    }[];
  };
}

const LOG = `query ($first: Int!) { webhookEndpoints(first: 10) { edges { node { url
  deliveries(first: $first) { totalCount edges { node { eventId attempts log { statusCode } } } } } } } }`;

/** An endpoint with `count` deliveries, each with `attempts` logged attempts (503s, then a 200). */
async function endpointWithLog(name: string, count: number, attempts: number) {
  const endpoint = await t.db.webhookEndpoint.create({
    data: {
      id: uuidV7(),
      councilId,
      url: `https://hooks.example/${name}`,
      secret: 'whsec_x',
      createdBySubject: 'test',
    },
  });
  const eventIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const event = await t.db.domainEvent.create({
      data: {
        id: uuidV7(),
        councilId,
        type: 'person.died',
        version: 1,
        subject: 'test',
        occurredAt: new Date('2026-12-02T10:00:00Z'),
        payload: {},
      },
    });
    const eventId = event.id;
    eventIds.push(eventId);
    const delivery = await t.db.webhookDelivery.create({
      data: {
        councilId,
        endpointId: endpoint.id,
        eventId,
        eventPosition: event.position,
        status: 'SUCCEEDED',
        attempts,
        nextAttemptAt: new Date('2026-12-02T10:00:00Z'),
      },
    });
    for (let attempt = 0; attempt < attempts; attempt++) {
      await t.db.webhookDeliveryAttempt.create({
        data: {
          councilId,
          deliveryId: delivery.id,
          attemptedAt: new Date(Date.UTC(2026, 11, 2, 10, attempt)),
          statusCode: attempt === attempts - 1 ? 200 : 503,
          latencyMs: 10 + attempt,
        },
      });
    }
  }
  return eventIds;
}

async function readLog(first: number) {
  t.resetStatements();
  const { body } = await t.graphql<LogPage>(LOG, { token: admin, variables: { first } });
  expect(body.errors).toBeUndefined();
  // the reads of the log (sign-in, rate-limit and audit statements are the same for any query)
  const reads = t.statements.filter((statement) => statement.includes('webhook_'));
  return { endpoints: body.data?.webhookEndpoints.edges ?? [], statements: reads };
}

beforeAll(async () => {
  t = await startTestApi();
  ({ councilId } = await createCouncilWithStaff(t.db));
  admin = await t.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'], subject: 'staff:admin' });
});

afterAll(async () => {
  await t.close();
});

describe('WebhookEndpoint.deliveries and WebhookDelivery.log', () => {
  it('pages each endpoint’s deliveries newest event first, with every attempt oldest first', async () => {
    const older = await endpointWithLog('older', 3, 2);
    const newer = await endpointWithLog('newer', 2, 3);
    const { endpoints } = await readLog(2);
    const byUrl = new Map(endpoints.map(({ node }) => [node.url, node.deliveries]));
    const olderLog = byUrl.get('https://hooks.example/older');
    expect(olderLog?.totalCount).toBe(3);
    expect(olderLog?.edges.map(({ node }) => node.eventId)).toEqual([older[2], older[1]]);
    expect(olderLog?.edges[0]?.node.log.map((attempt) => attempt.statusCode)).toEqual([503, 200]);
    const newerLog = byUrl.get('https://hooks.example/newer');
    expect(newerLog?.totalCount).toBe(2);
    expect(newerLog?.edges.map(({ node }) => node.eventId)).toEqual([newer[1], newer[0]]);
    expect(newerLog?.edges[0]?.node.log.map((attempt) => attempt.statusCode)).toEqual([
      503, 503, 200,
    ]);
  });

  it('reads in the same statements for a short page and a long one, and for more endpoints', async () => {
    const short = await readLog(1);
    const long = await readLog(10);
    // the page and the count loaders run side by side: which is sent first is not fixed
    expect([...long.statements].sort()).toEqual([...short.statements].sort());
    await endpointWithLog('third', 4, 4);
    const more = await readLog(10);
    expect(more.endpoints).toHaveLength(3);
    expect(more.statements).toHaveLength(long.statements.length);
    // the endpoints, their deliveries, the deliveries’ counts and their attempts
    expect(more.statements).toHaveLength(4);
  });
});
