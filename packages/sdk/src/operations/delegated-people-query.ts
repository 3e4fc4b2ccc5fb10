import { graphql } from '../generated/gql.ts';

/** For a third-party app: one page of the people delegating to its organisation today. */
export const delegatedPeopleQuery = graphql(`
  query DelegatedPeople($first: Int!, $after: String) {
    delegatedPeople(first: $first, after: $after) {
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
