import type { PersonJourneyQuery } from '@openpb/sdk';

/**
 * A person's journey as the SDK's `PersonJourneyDocument` reads it (`client.request`): the
 * timeline and the records the journey's forms act on.
 */
export type JourneyPerson = Extract<
  NonNullable<PersonJourneyQuery['node']>,
  { readonly __typename: 'Person' }
>;
