import { GraphQLError } from 'graphql';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.ts';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { timelineCount } from './timeline-count.ts';
import { PersonTimelineConnectionRef } from './timeline-event.ts';
import { decodeTimelineCursor, encodeTimelineCursor, timelinePage } from './timeline-query.ts';

builder.prismaObjectFields('Person', (t) => ({
  timeline: t.field({
    extensions: resolversOnly(NOT_IN_CASELOAD),
    type: PersonTimelineConnectionRef,
    authScopes: STAFF_ONLY,
    description:
      'The person’s case history across requests, assessments, indicative budgets, plans, budgets, direct payment agreements, reviews and safeguarding concerns, newest first (by date, then id).',
    args: {
      first: t.arg.int({
        required: false,
        description: `At most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when left out.`,
      }),
      after: t.arg.string({
        required: false,
        description: 'The `endCursor` of the previous page.',
      }),
    },
    select: { councilId: true },
    resolve: async (person, args, context) => {
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      if (first < 0 || first > MAX_PAGE_SIZE) {
        throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const after = args.after ? decodeTimelineCursor(args.after) : null;
      const events = await timelinePage(
        context.db,
        { councilId: person.councilId, personId: person.id },
        { limit: first + 1, after },
      );
      const page = events.slice(0, first);
      const edges = page.map((event) => ({ cursor: encodeTimelineCursor(event), node: event }));
      const scope = { councilId: person.councilId, personId: person.id };
      return {
        totalCount: () => timelineCount(context.db, scope),
        edges,
        pageInfo: {
          hasNextPage: events.length > first,
          hasPreviousPage: after !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    },
  }),
}));
