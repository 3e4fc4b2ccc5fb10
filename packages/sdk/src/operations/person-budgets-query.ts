import { graphql } from '../generated/gql.ts';

/** Further pages of one person's personal budgets, after the first. */
export const personBudgetsQuery = graphql(`
  query PersonBudgets($id: ID!, $first: Int!, $after: String!) {
    node(id: $id) {
      __typename
      ... on Person {
        personalBudgets(first: $first, after: $after) {
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
