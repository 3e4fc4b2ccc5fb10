/**
 * D15's caseload, as the bench sends it (operation a) and the statement tests count it: a page of people
 * with their current personal budget and deployments, the lines of their current support plan and
 * the last 10 ledger entries of their direct payment agreements.
 */
export const CASELOAD = `query Caseload($first: Int!) {
  people(first: $first) { edges { node { id givenName familyName
    personalBudgets(first: 1) { edges { node { annualTotalPence weeklyTotalPence
      deployments { mode annualAmountPence } } } }
    supportPlans(first: 1) { edges { node { version lines { description weeklyCostPence } } } }
    directPaymentAgreements(first: 2) { edges { node {
      transactions(first: 10) { edges { node { postedDate amountPence kind } } } } } } } } }
}`;
