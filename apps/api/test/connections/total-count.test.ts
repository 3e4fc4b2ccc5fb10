import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCldEvents } from '../reporting/support/cld-events-fixture.ts';
import { type ExportServer, startExportServer } from '../reporting/support/export-server.ts';
import { createCouncilWithStaff, globalId } from '../support/fixtures.ts';

// Every list has a totalCount (issue 13 item 6, D66): counted in SQL over the whole filtered
// list, whatever the page, and only when a query selects it. Over the real HTTP server.

let server: ExportServer;
let councilId: string;
let personId: string;
let managerToken: string;
let auditorToken: string;

async function graphql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

beforeAll(async () => {
  server = await startExportServer();
  const setup = await createCouncilWithStaff(server.db);
  councilId = setup.councilId;
  const events = await addCldEvents(server.db, {
    councilId,
    staffId: setup.staffIds.socialWorker,
  });
  personId = events.personId;
  managerToken = await server.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
  auditorToken = await server.tokenFor({ councilId, roles: ['AUDITOR'], subject: 'staff:auditor' });
});

afterAll(async () => {
  await server?.close();
});

describe('totalCount', () => {
  it('counts the whole list, not the page, on a root list with and without a filter', async () => {
    const people = await server.db.person.count({ where: { councilId } });
    expect(people).toBeGreaterThan(1);
    const data = await graphql<{
      all: { totalCount: number; edges: unknown[] };
      some: { totalCount: number };
      none: { totalCount: number };
    }>(
      managerToken,
      `{ all: people(first: 1) { totalCount edges { node { id } } }
         some: people(first: 1, filter: { search: "Crawley" }) { totalCount }
         none: people(first: 1, filter: { search: "Nobody-like-this" }) { totalCount } }`,
    );
    expect(data.all.edges).toHaveLength(1);
    expect(data.all.totalCount).toBe(people);
    expect(data.some.totalCount).toBe(
      await server.db.person.count({ where: { councilId, familyName: 'Crawley' } }),
    );
    expect(data.none.totalCount).toBe(0);
  });

  it('counts a person’s lists: related, batched and the timeline', async () => {
    const data = await graphql<{
      node: {
        requests: { totalCount: number };
        assessments: { totalCount: number };
        reviews: { totalCount: number };
        supportPlans: { totalCount: number };
        personalBudgets: { totalCount: number };
        directPaymentAgreements: { totalCount: number };
        timeline: { totalCount: number; edges: unknown[] };
      };
    }>(
      managerToken,
      `query Lists($id: ID!) { node(id: $id) { ... on Person {
         requests(first: 1) { totalCount }
         assessments(first: 1) { totalCount }
         reviews(first: 1) { totalCount }
         supportPlans(first: 1) { totalCount }
         personalBudgets(first: 1) { totalCount }
         directPaymentAgreements(first: 1) { totalCount }
         timeline(first: 100) { totalCount edges { cursor } } } } }`,
      { id: globalId('Person', personId) },
    );
    const where = { councilId, personId };
    expect(data.node.requests.totalCount).toBe(await server.db.request.count({ where }));
    expect(data.node.requests.totalCount).toBe(2);
    expect(data.node.assessments.totalCount).toBe(await server.db.assessment.count({ where }));
    expect(data.node.reviews.totalCount).toBe(await server.db.review.count({ where }));
    expect(data.node.supportPlans.totalCount).toBe(await server.db.supportPlan.count({ where }));
    expect(data.node.personalBudgets.totalCount).toBe(
      await server.db.personalBudget.count({ where }),
    );
    expect(data.node.directPaymentAgreements.totalCount).toBe(
      await server.db.directPaymentAgreement.count({ where }),
    );
    expect(data.node.timeline.totalCount).toBe(data.node.timeline.edges.length);
    expect(data.node.timeline.totalCount).toBeGreaterThan(3);
  });

  it('counts each person’s list in a list of people', async () => {
    const data = await graphql<{
      people: { edges: { node: { id: string; requests: { totalCount: number } } }[] };
    }>(
      managerToken,
      '{ people(first: 10) { edges { node { id requests(first: 1) { totalCount } } } } }',
    );
    for (const { node } of data.people.edges) {
      const id = Buffer.from(node.id, 'base64').toString().split(':')[1];
      expect(node.requests.totalCount).toBe(
        await server.db.request.count({ where: { personId: id } }),
      );
    }
  });

  it('counts each report list over all its pages, not the page', async () => {
    const lists = {
      cldDataQuality: 'cldDataQuality(from: "2025-01-01", to: "2025-03-31", FIRST)',
      complexCasesWithoutQualifiedWorker: 'complexCasesWithoutQualifiedWorker(FIRST)',
      directPaymentSurpluses: 'directPaymentSurpluses(FIRST)',
      recoveries: 'recoveries(FIRST)',
      reviewsOverdue: 'reviewsOverdue(FIRST)',
    };
    for (const [name, field] of Object.entries(lists)) {
      const one = await graphql<Record<string, { totalCount: number; edges: unknown[] }>>(
        managerToken,
        `{ ${field.replace('FIRST', 'first: 1')} { totalCount edges { cursor } } }`,
      );
      const all = await graphql<Record<string, { totalCount: number; edges: unknown[] }>>(
        managerToken,
        `{ ${field.replace('FIRST', 'first: 100')} { totalCount edges { cursor } } }`,
      );
      expect({ name, total: one[name]?.totalCount }).toEqual({
        name,
        total: all[name]?.edges.length,
      });
      expect(all[name]?.totalCount).toBe(all[name]?.edges.length);
    }
    // the fixture's events fail data-quality rules: more than one page of one
    const failures = await graphql<{ cldDataQuality: { totalCount: number } }>(
      managerToken,
      '{ cldDataQuality(from: "2025-01-01", to: "2025-03-31", first: 1) { totalCount } }',
    );
    expect(failures.cldDataQuality.totalCount).toBeGreaterThan(1);
  });

  it('counts the audit log with its filter', async () => {
    const data = await graphql<{ auditLog: { totalCount: number } }>(
      auditorToken,
      '{ auditLog(first: 1, filter: { kind: "READ" }) { totalCount } }',
    );
    expect(data.auditLog.totalCount).toBe(
      await server.db.auditLogEntry.count({ where: { councilId, kind: 'READ' } }),
    );
    expect(data.auditLog.totalCount).toBeGreaterThan(0);
  });
});
