import { graphql } from '../generated/gql.ts';

/** One page of the council's people, in name order. */
export const peopleQuery = graphql(`
  query People($first: Int!, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PersonFields
        }
      }
    }
  }
`);
