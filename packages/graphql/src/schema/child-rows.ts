import { Prisma } from '@openpb/db/client';
import type { GraphQLContext } from '../context.ts';
import { quoted, type Table, tableOf } from './model-table.ts';

/**
 * A one-to-many relation read per parent: the child model, its field naming the parent, and the
 * order of its rows (which must end in a unique field, so that pages are stable).
 */
export interface ChildRelation<Row> {
  readonly model: Prisma.ModelName;
  readonly parentField: keyof Row & string;
  readonly orderBy: readonly (readonly [field: keyof Row & string, direction: 'ASC' | 'DESC'])[];
}

interface Waiter<Row> {
  readonly parentId: string;
  readonly resolve: (rows: Row[]) => void;
  readonly reject: (error: unknown) => void;
}

/** The order of a page as Prisma's `orderBy`, for the queries that page with a cursor. */
export function prismaOrderBy<Row>(relation: Pick<ChildRelation<Row>, 'orderBy'>) {
  return relation.orderBy.map(([field, direction]) => ({
    [field]: direction === 'ASC' ? ('asc' as const) : ('desc' as const),
  }));
}

/**
 * The rows of a relation (the first `take`, or all with `take` null) for every parent asked for
 * in the same turn of the event loop, in one statement: `unnest(parent ids) CROSS JOIN LATERAL
 * (… ORDER BY … LIMIT take)`, which reads only the rows it returns, through the (parent, order)
 * index. Prisma applies a nested `take` only after loading every child of every parent, and its
 * query compiler and row mapping cost more CPU than the statement costs PostgreSQL. Rows are the
 * model's full scalar objects, as findMany returns them.
 */
class ChildRowsLoader<Row> {
  readonly #table: Table;
  readonly #pending = new Map<number | null, Waiter<Row>[]>();

  constructor(
    private readonly db: GraphQLContext['db'],
    private readonly relation: ChildRelation<Row>,
  ) {
    this.#table = tableOf(relation.model);
  }

  load(parentId: string, take: number | null): Promise<Row[]> {
    let waiting = this.#pending.get(take);
    if (!waiting) {
      const batch: Waiter<Row>[] = [];
      waiting = batch;
      this.#pending.set(take, batch);
      setImmediate(() => {
        this.#pending.delete(take);
        void this.#flush(take, batch);
      });
    }
    const batch = waiting;
    return new Promise((resolve, reject) => batch.push({ parentId, resolve, reject }));
  }

  async #flush(take: number | null, waiting: readonly Waiter<Row>[]): Promise<void> {
    try {
      const table = this.#table;
      const { parentField, orderBy } = this.relation;
      const parentIds = [...new Set(waiting.map((waiter) => waiter.parentId))];
      const innerOrder = Prisma.join(
        orderBy.map(
          ([field, direction]) => Prisma.sql`${table.column(field)} ${Prisma.raw(direction)}`,
        ),
      );
      const outerOrder = Prisma.join(
        orderBy.map(
          ([field, direction]) => Prisma.sql`page.${quoted(field)} ${Prisma.raw(direction)}`,
        ),
      );
      const rows = await this.db.$queryRaw<Row[]>(Prisma.sql`
        SELECT page.*
          FROM unnest(${parentIds}::uuid[]) WITH ORDINALITY AS parent(id, position)
         CROSS JOIN LATERAL (
               SELECT ${table.selectList} FROM ${table.name}
                WHERE ${table.column(parentField)} = parent.id
                ORDER BY ${innerOrder}
                LIMIT ${take}) page
         ORDER BY parent.position, ${outerOrder}`);
      const byParent = new Map<string, Row[]>();
      for (const row of rows) {
        const parentId = row[parentField] as string;
        const list = byParent.get(parentId);
        if (list) list.push(row);
        else byParent.set(parentId, [row]);
      }
      for (const waiter of waiting) waiter.resolve(byParent.get(waiter.parentId) ?? []);
    } catch (error) {
      for (const waiter of waiting) waiter.reject(error);
    }
  }
}

const loaders = new WeakMap<
  GraphQLContext,
  Map<ChildRelation<unknown>, ChildRowsLoader<unknown>>
>();

/** The rows of `relation` under one parent (the first `take`, or all), batched over the request. */
export function childRows<Row>(
  context: GraphQLContext,
  relation: ChildRelation<Row>,
  parentId: string,
  take: number | null,
): Promise<Row[]> {
  let byRelation = loaders.get(context);
  if (!byRelation) {
    byRelation = new Map();
    loaders.set(context, byRelation);
  }
  let loader = byRelation.get(relation as ChildRelation<unknown>) as
    | ChildRowsLoader<Row>
    | undefined;
  if (!loader) {
    loader = new ChildRowsLoader(context.db, relation);
    byRelation.set(relation as ChildRelation<unknown>, loader as ChildRowsLoader<unknown>);
  }
  return loader.load(parentId, take);
}

/** The Prisma arguments of a connection page, as `prismaConnectionHelpers(…).getQuery` gives them. */
interface PageQuery {
  readonly take?: number | undefined;
  readonly skip?: number | undefined;
  readonly cursor?: unknown;
}

/** What the fallback needs of a Prisma model delegate: a page by parent, with a cursor. */
interface PageFinder<Row> {
  findMany(args: {
    where: Record<string, string>;
    orderBy: ReturnType<typeof prismaOrderBy>;
    take?: number | undefined;
    skip?: number | undefined;
    cursor?: unknown;
  }): Promise<Row[]>;
}

/**
 * One connection page of `relation` under a parent. The first page (`first: n`, no cursor) comes
 * from the batched loader; a page after a cursor, or from the end, from the model's `findMany`
 * (one statement for that parent).
 */
export function relationPage<Row>(
  context: GraphQLContext,
  relation: ChildRelation<Row>,
  parentId: string,
  query: PageQuery,
): Promise<Row[]> {
  const firstPage = query.cursor === undefined && (query.skip ?? 0) === 0 && (query.take ?? 0) > 0;
  if (firstPage) return childRows(context, relation, parentId, query.take ?? 0);
  const delegateName = `${relation.model[0]?.toLowerCase()}${relation.model.slice(1)}`;
  const delegate = (context.db as unknown as Record<string, PageFinder<Row>>)[delegateName];
  if (!delegate) throw new Error(`No Prisma delegate for ${relation.model}`);
  return delegate.findMany({
    where: { [relation.parentField]: parentId },
    orderBy: prismaOrderBy(relation),
    take: query.take,
    skip: query.skip,
    cursor: query.cursor,
  });
}
