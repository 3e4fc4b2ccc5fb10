import { graphql } from '../generated/gql.ts';

/** What the SDK reads of a mutation's typed business failure, whichever mutation it is. */
export const mutationErrorFieldsFragment = graphql(`
  fragment MutationErrorFields on Error {
    message
    code
    path
    ... on ValidationError {
      issues {
        path
        message
        code
      }
    }
    ... on RuleViolationError {
      violations {
        code
        message
        path
      }
    }
  }
`);
