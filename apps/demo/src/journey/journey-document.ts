import type { GraphQLDocument } from '@openpb/sdk';

export interface JourneyPerson {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly timeline: {
    readonly edges: readonly {
      readonly node: {
        readonly date: string;
        readonly kind: string;
        readonly summary: string;
        readonly subject: { readonly id: string } | null;
      };
    }[];
  };
  readonly assessments: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly type: string;
        readonly completedDate: string | null;
      };
    }[];
  };
  readonly supportPlans: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly version: number;
        readonly revision: number;
        readonly status: string;
        readonly startDate: string;
      };
    }[];
  };
  readonly directPaymentAgreements: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly status: string;
        readonly payments: {
          readonly edges: readonly {
            readonly node: {
              readonly id: string;
              readonly dueDate: string;
              readonly status: string;
              readonly netAmountPence: number;
            };
          }[];
        };
      };
    }[];
  };
}

export interface JourneyResult {
  readonly node:
    | ({ readonly __typename: 'Person' } & JourneyPerson)
    | { readonly __typename: string }
    | null;
}

/**
 * A person's timeline and the records the journey's forms act on. The SDK has no method for
 * Person.timeline nor for an agreement's payments (noted for S2), so the demo passes its own
 * document to client.request.
 */
export const PERSON_JOURNEY = {
  toString: () => `query DemoPersonJourney($id: ID!) {
  node(id: $id) {
    __typename
    ... on Person {
      id givenName familyName
      timeline(first: 40) { edges { node { date kind summary subject { id } } } }
      assessments(first: 5) { edges { node { id type completedDate } } }
      supportPlans(first: 5) { edges { node { id version revision status startDate } } }
      directPaymentAgreements(first: 2) { edges { node { id status payments(first: 12) { edges { node { id dueDate status netAmountPence } } } } } }
    }
  }
}`,
} as GraphQLDocument<JourneyResult, { id: string }>;
