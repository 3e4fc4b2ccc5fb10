import { graphql } from '../generated/gql.ts';

/** Everything the SDK reads about a person, except their budgets. */
export const personFieldsFragment = graphql(`
  fragment PersonFields on Person {
    id
    laPersonId
    nhsNumber
    givenName
    familyName
    birthDate
    deathDate
    gender
    ethnicity
    postcode
    clientType
    primarySupportReason
    accommodationStatus
    mentalCapacityForDp
  }
`);
