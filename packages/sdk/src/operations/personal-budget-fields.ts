import { graphql } from '../generated/gql.ts';

/** One personal budget version with its split and deployments. */
export const personalBudgetFieldsFragment = graphql(`
  fragment PersonalBudgetFields on PersonalBudget {
    id
    version
    status
    annualTotalPence
    annualLaContributionPence
    annualPersonContributionPence
    weeklyTotalPence
    effectiveFrom
    effectiveTo
    deployments {
      mode
      deliveryMechanism
      annualAmountPence
    }
  }
`);
