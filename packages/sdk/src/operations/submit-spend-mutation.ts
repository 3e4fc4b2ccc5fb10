import { graphql } from '../generated/gql.ts';

/** For a third-party app with SUBMIT_EVIDENCE: evidenced spend on a delegating person's account. */
export const submitSpendMutation = graphql(`
  mutation SubmitSpend($input: SubmitSpendInput!) {
    submitSpend(input: $input) {
      __typename
      ... on MutationSubmitSpendSuccess {
        spend {
          transactionId
          postedDate
          amountPence
          evidenceRef
        }
      }
      ...MutationErrorFields
    }
  }
`);
