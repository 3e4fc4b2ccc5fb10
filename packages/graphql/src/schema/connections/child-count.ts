import { Prisma } from '@openpb/db/client';
import type { GraphQLContext } from '../../context.ts';
import type { ChildRelation } from '../child-rows.ts';
import { tableOf } from '../model-table.ts';

interface Waiter {
  readonly parentId: string;
  readonly resolve: (count: number) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * How many rows of a relation each parent asked for in the same turn of the event loop has, in
 * one statement (`count(*) … GROUP BY parent`, through the relation's (parent, order) index):
 * the `totalCount` of a connection read through `childRows`, without one query per parent.
 */
class ChildCountLoader {
  #pending: Waiter[] | null = null;

  constructor(
    private readonly db: GraphQLContext['db'],
    private readonly relation: ChildRelation<unknown>,
  ) {}

  load(parentId: string): Promise<number> {
    if (!this.#pending) {
      const batch: Waiter[] = [];
      this.#pending = batch;
      setImmediate(() => {
        this.#pending = null;
        void this.#flush(batch);
      });
    }
    const batch = this.#pending;
    return new Promise((resolve, reject) => batch.push({ parentId, resolve, reject }));
  }

  async #flush(waiting: readonly Waiter[]): Promise<void> {
    try {
      const table = tableOf(this.relation.model);
      const parent = table.column(this.relation.parentField);
      const parentIds = [...new Set(waiting.map((waiter) => waiter.parentId))];
      const rows = await this.db.$queryRaw<{ parent_id: string; count: bigint }[]>(Prisma.sql`
        SELECT ${parent}::text AS parent_id, count(*) AS count FROM ${table.name}
         WHERE ${parent} = ANY(${parentIds}::uuid[])
         GROUP BY ${parent}`);
      const byParent = new Map(rows.map((row) => [row.parent_id, Number(row.count)]));
      for (const waiter of waiting) waiter.resolve(byParent.get(waiter.parentId) ?? 0);
    } catch (error) {
      for (const waiter of waiting) waiter.reject(error);
    }
  }
}

const loaders = new WeakMap<GraphQLContext, Map<ChildRelation<unknown>, ChildCountLoader>>();

/** How many rows of `relation` one parent has, batched over the request. */
export function childCount<Row>(
  context: GraphQLContext,
  relation: ChildRelation<Row>,
  parentId: string,
): Promise<number> {
  let byRelation = loaders.get(context);
  if (!byRelation) {
    byRelation = new Map();
    loaders.set(context, byRelation);
  }
  const key = relation as ChildRelation<unknown>;
  let loader = byRelation.get(key);
  if (!loader) {
    loader = new ChildCountLoader(context.db, key);
    byRelation.set(key, loader);
  }
  return loader.load(parentId);
}
