import { graphql } from '../generated/gql.ts';

export const createPersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      __typename
      ... on MutationCreatePersonSuccess {
        person {
          ...PersonFields
        }
      }
      ...MutationErrorFields
    }
  }
`);
