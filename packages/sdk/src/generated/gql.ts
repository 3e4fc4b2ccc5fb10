/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on MutationCreatePersonSuccess {\n        person {\n          ...PersonFields\n        }\n      }\n      ... on Error {\n        message\n        code\n        path\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n          code\n        }\n      }\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PersonBudgets($id: ID!, $first: Int!, $after: String!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        personalBudgets(first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...PersonalBudgetFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonBudgetsDocument,
    "\n  fragment PersonFields on Person {\n    id\n    laPersonId\n    nhsNumber\n    givenName\n    familyName\n    birthDate\n    deathDate\n    gender\n    ethnicity\n    postcode\n    clientType\n    primarySupportReason\n    accommodationStatus\n    mentalCapacityForDp\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query Person($id: ID!, $budgetsFirst: Int!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        ...PersonFields\n        personalBudgets(first: $budgetsFirst) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...PersonalBudgetFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  fragment PersonalBudgetFields on PersonalBudget {\n    id\n    version\n    status\n    annualTotalPence\n    annualLaContributionPence\n    annualPersonContributionPence\n    weeklyTotalPence\n    effectiveFrom\n    effectiveTo\n    deployments {\n      mode\n      deliveryMechanism\n      annualAmountPence\n    }\n  }\n": typeof types.PersonalBudgetFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      subject\n      roles\n      council {\n        id\n        laCode\n        name\n        region\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on MutationCreatePersonSuccess {\n        person {\n          ...PersonFields\n        }\n      }\n      ... on Error {\n        message\n        code\n        path\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n          code\n        }\n      }\n    }\n  }\n": types.CreatePersonDocument,
    "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PersonBudgets($id: ID!, $first: Int!, $after: String!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        personalBudgets(first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...PersonalBudgetFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PersonBudgetsDocument,
    "\n  fragment PersonFields on Person {\n    id\n    laPersonId\n    nhsNumber\n    givenName\n    familyName\n    birthDate\n    deathDate\n    gender\n    ethnicity\n    postcode\n    clientType\n    primarySupportReason\n    accommodationStatus\n    mentalCapacityForDp\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query Person($id: ID!, $budgetsFirst: Int!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        ...PersonFields\n        personalBudgets(first: $budgetsFirst) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...PersonalBudgetFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  fragment PersonalBudgetFields on PersonalBudget {\n    id\n    version\n    status\n    annualTotalPence\n    annualLaContributionPence\n    annualPersonContributionPence\n    weeklyTotalPence\n    effectiveFrom\n    effectiveTo\n    deployments {\n      mode\n      deliveryMechanism\n      annualAmountPence\n    }\n  }\n": types.PersonalBudgetFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      subject\n      roles\n      council {\n        id\n        laCode\n        name\n        region\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on MutationCreatePersonSuccess {\n        person {\n          ...PersonFields\n        }\n      }\n      ... on Error {\n        message\n        code\n        path\n      }\n      ... on ValidationError {\n        issues {\n          path\n          message\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonBudgets($id: ID!, $first: Int!, $after: String!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        personalBudgets(first: $first, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...PersonalBudgetFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PersonBudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    laPersonId\n    nhsNumber\n    givenName\n    familyName\n    birthDate\n    deathDate\n    gender\n    ethnicity\n    postcode\n    clientType\n    primarySupportReason\n    accommodationStatus\n    mentalCapacityForDp\n  }\n"): typeof import('./graphql.js').PersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!, $budgetsFirst: Int!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        ...PersonFields\n        personalBudgets(first: $budgetsFirst) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...PersonalBudgetFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalBudgetFields on PersonalBudget {\n    id\n    version\n    status\n    annualTotalPence\n    annualLaContributionPence\n    annualPersonContributionPence\n    weeklyTotalPence\n    effectiveFrom\n    effectiveTo\n    deployments {\n      mode\n      deliveryMechanism\n      annualAmountPence\n    }\n  }\n"): typeof import('./graphql.js').PersonalBudgetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      subject\n      roles\n      council {\n        id\n        laCode\n        name\n        region\n      }\n    }\n  }\n"): typeof import('./graphql.js').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
