import type { GraphQLContext } from '../context.ts';
import { type ChildRelation, relationPage } from './child-rows.ts';
import { childCount } from './connections/child-count.ts';
import { counted } from './connections/total-count.ts';

/** What a child connection needs of `prismaConnectionHelpers(builder, model, { cursor: 'id' })`. */
interface PageHelpers<Row, Args, Connection> {
  getQuery(
    args: Args,
    context: GraphQLContext,
    nested: () => true,
  ): { take?: number | undefined; skip?: number | undefined; cursor?: unknown };
  resolve(rows: Row[], args: Args, context: GraphQLContext): Connection;
}

/**
 * The resolver of a child list (D82): a connection page of `relation` under the parent — the
 * first page from the batched `unnest … CROSS JOIN LATERAL (… LIMIT first + 1)` statement of
 * `childRows`, later pages by cursor — with Pothos's cursors and page info and a `totalCount`
 * counted only when selected (one `count(*) … GROUP BY parent` for every parent). Declare the
 * same relation on the field with `listsChildren('connection', relation)` or `resolversOnly`.
 */
export function childPage<Row, Args, Connection extends object>(
  helpers: PageHelpers<Row, Args, Connection>,
  relation: ChildRelation<Row>,
) {
  return async (parent: { id: string }, args: Args, context: GraphQLContext) => {
    const query = helpers.getQuery(args, context, () => true);
    const rows = await relationPage(context, relation, parent.id, query);
    return counted(helpers.resolve(rows, args, context), () =>
      childCount(context, relation, parent.id),
    );
  };
}
