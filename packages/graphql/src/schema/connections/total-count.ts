import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';

/** How a connection's resolver gives its total: a number, or a thunk run only when selected. */
export type TotalCount = number | (() => number | Promise<number>);

/**
 * The connection with its total (issue 13 item 6): `count` is run only when a query selects
 * `totalCount`, so a page that does not ask costs nothing more.
 */
export function counted<C extends object>(connection: C, count: () => Promise<number>) {
  return Object.assign(connection, { totalCount: count as TotalCount });
}

// Every connection of the schema has `totalCount: Int!` (issue 13 item 6): the prisma plugin's
// own field where `totalCount` is given to prismaConnection / relatedConnection (a SQL count, or
// `_count` in the parent's statement, only when selected), and this one for the connections the
// schema builds itself, whose resolvers return a `totalCount` (see `counted`).
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many there are in the whole list (with its filters), across all pages.',
    resolve: (connection) => {
      const total = (connection as { totalCount?: TotalCount }).totalCount;
      if (typeof total === 'function') return total();
      if (typeof total === 'number') return total;
      throw new GraphQLError('This list does not count its rows');
    },
  }),
);
