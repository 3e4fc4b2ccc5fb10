import type { PrismaClient } from '@openpb/db/client';
import { brandWithType, createContextCache, type OutputType } from '@pothos/core';
import type { BuilderTypes } from '../../builder.ts';
import type { GraphQLContext } from '../../context.ts';
import { TIMELINE_EVENT_KINDS, type TimelineEventKind } from './timeline-event-kinds.ts';

type Row = { readonly id: string };
type LoadRows = (db: PrismaClient, councilId: string, ids: string[]) => Promise<Row[]>;

/** One query per kind of record, for all the ids of that kind on a page. */
const LOAD_ROWS: { readonly [K in TimelineEventKind]: LoadRows } = {
  REQUEST: (db, councilId, ids) => db.request.findMany({ where: { councilId, id: { in: ids } } }),
  ASSESSMENT: (db, councilId, ids) =>
    db.assessment.findMany({ where: { councilId, id: { in: ids } } }),
  INDICATIVE_BUDGET: (db, councilId, ids) =>
    db.indicativeBudget.findMany({ where: { councilId, id: { in: ids } } }),
  SUPPORT_PLAN: (db, councilId, ids) =>
    db.supportPlan.findMany({ where: { councilId, id: { in: ids } } }),
  PERSONAL_BUDGET: (db, councilId, ids) =>
    db.personalBudget.findMany({ where: { councilId, id: { in: ids } } }),
  DIRECT_PAYMENT_AGREEMENT: (db, councilId, ids) =>
    db.directPaymentAgreement.findMany({ where: { councilId, id: { in: ids } } }),
  REVIEW: (db, councilId, ids) => db.review.findMany({ where: { councilId, id: { in: ids } } }),
  SAFEGUARDING_CONCERN: (db, councilId, ids) =>
    db.safeguardingConcern.findMany({ where: { councilId, id: { in: ids } } }),
};

interface Batch {
  readonly ids: string[];
  readonly rows: Promise<Map<string, Row>>;
}

const pendingBatches = createContextCache(
  (_context: GraphQLContext) => new Map<TimelineEventKind, Batch>(),
);

/**
 * The record a timeline entry is about. GraphQL asks for the subjects of a page's entries in one
 * synchronous pass, so the ids asked for before the next microtask share one query per kind.
 */
export function loadTimelineSubject(
  context: GraphQLContext,
  kind: TimelineEventKind,
  id: string,
): Promise<Row | null> {
  const pending = pendingBatches(context);
  let batch = pending.get(kind);
  if (!batch) {
    const ids: string[] = [];
    const rows = Promise.resolve().then(async () => {
      pending.delete(kind);
      const loaded = await LOAD_ROWS[kind](context.db, context.viewer.councilId, ids);
      // the brand tells the Node interface which object type each row is (by name: Pothos types
      // names of Prisma objects only through their refs)
      const typename = TIMELINE_EVENT_KINDS[kind].typename;
      for (const row of loaded) brandWithType(row, typename as OutputType<BuilderTypes>);
      return new Map(loaded.map((row) => [row.id, row]));
    });
    batch = { ids, rows };
    pending.set(kind, batch);
  }
  batch.ids.push(id);
  return batch.rows.then((rows) => rows.get(id) ?? null);
}
