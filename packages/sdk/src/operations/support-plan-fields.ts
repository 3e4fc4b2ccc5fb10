import { graphql } from '../generated/gql.ts';

/** A support plan version with its outcomes, costed lines and costs against the budget. */
export const supportPlanFieldsFragment = graphql(`
  fragment SupportPlanFields on SupportPlan {
    id
    version
    status
    startDate
    endDate
    approvedAt
    nextReviewDueDate
    outcomes {
      description
      eligibilityOutcome
      target
    }
    lines {
      position
      description
      serviceType
      serviceComponent
      deliveryMechanism
      fundingSource
      costFrequency
      unitCostPence
      plannedUnitsPerWeekHundredths
      weeklyCostPence
      annualCostPence
      startDate
      endDate
      status
    }
    costs {
      weeklyCostPence
      annualCostPence
      annualBudgetPence
      annualDifferencePence
    }
  }
`);
