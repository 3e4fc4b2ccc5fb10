import type { GraphQLTransport } from '../graphql-transport.ts';
import type { PersonSummary } from '../models.ts';
import { delegatedPeopleQuery } from '../operations/delegated-people-query.ts';
import type { Page } from '../pagination/page.ts';
import { createPaginatedList, type PaginatedList } from '../pagination/paginated-list.ts';
import type { RequestOptions } from '../request-options.ts';
import { type ListPeopleOptions, pageSizeOf } from './people.ts';

export interface DelegatedPeopleResource {
  /**
   * For a third-party app: the people whose delegation to your organisation is in force today.
   * Read one with `client.people.get(id)` (what you see depends on the delegation's scopes).
   */
  list(options?: ListPeopleOptions): PaginatedList<PersonSummary>;
}

export function createDelegatedPeopleResource(
  transport: GraphQLTransport,
): DelegatedPeopleResource {
  return {
    list(options) {
      const first = pageSizeOf(options);
      const requestOptions: RequestOptions = options?.signal ? { signal: options.signal } : {};
      const fetchPage = async (after: string | null): Promise<Page<PersonSummary>> => {
        const { delegatedPeople } = await transport.query(
          delegatedPeopleQuery,
          { first, after },
          requestOptions,
        );
        return {
          items: delegatedPeople.edges.map((edge) => edge.node),
          pageInfo: delegatedPeople.pageInfo,
        };
      };
      return createPaginatedList(fetchPage, options?.after ?? null);
    },
  };
}
