import { graphql } from '../generated/gql.ts';

/** For a third-party app with PROPOSE_PLAN: a new plan version for a person delegating to it. */
export const proposeSupportPlanMutation = graphql(`
  mutation ProposeSupportPlan($input: ProposeSupportPlanInput!) {
    proposeSupportPlan(input: $input) {
      __typename
      ... on MutationProposeSupportPlanSuccess {
        proposal {
          planId
          version
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);
