import { graphql } from '../generated/gql.ts';

/** A person by global id with the first page of their personal budgets (newest first). */
export const personQuery = graphql(`
  query Person($id: ID!, $budgetsFirst: Int!) {
    node(id: $id) {
      __typename
      ... on Person {
        ...PersonFields
        personalBudgets(first: $budgetsFirst) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...PersonalBudgetFields
            }
          }
        }
      }
    }
  }
`);
