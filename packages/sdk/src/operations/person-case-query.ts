import { graphql } from '../generated/gql.ts';

/**
 * A person's support plans (newest first, to find the current one) and direct payment
 * agreements with their statement summary for a period.
 */
export const personCaseQuery = graphql(`
  query PersonCase($id: ID!, $plansFirst: Int!, $agreementsFirst: Int!, $statementFrom: Date!, $statementTo: Date!) {
    node(id: $id) {
      __typename
      ... on Person {
        supportPlans(first: $plansFirst) {
          edges {
            node {
              ...SupportPlanFields
            }
          }
        }
        directPaymentAgreements(first: $agreementsFirst) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              ...DirectPaymentAgreementFields
            }
          }
        }
      }
    }
  }
`);
