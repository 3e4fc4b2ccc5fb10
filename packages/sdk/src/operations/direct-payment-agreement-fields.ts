import { graphql } from '../generated/gql.ts';

/** A direct payment agreement with the summary of its account statement for a period. */
export const directPaymentAgreementFieldsFragment = graphql(`
  fragment DirectPaymentAgreementFields on DirectPaymentAgreement {
    id
    status
    startDate
    endDate
    recipientType
    accountType
    maskedAccountRef
    paymentFrequency
    contingencyWeeks
    contingencyAllowancePence
    statement(from: $statementFrom, to: $statementTo, first: 20) {
      from
      to
      openingBalancePence
      closingBalancePence
      contingencyAllowancePence
      surplusPence
      recoverablePence
    }
  }
`);
