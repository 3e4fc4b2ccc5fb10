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
        readonly indicativeBudgets: {
          readonly edges: readonly {
            readonly node: { readonly annualAmountPence: number; readonly calculatedAt: string };
          }[];
        };
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
        readonly costs: { readonly weeklyCostPence: number; readonly annualCostPence: number };
        readonly outcomes: readonly { readonly description: string }[];
        readonly lines: readonly {
          readonly description: string;
          readonly serviceType: string;
          readonly serviceComponent: string;
          readonly deliveryMechanism: string;
          readonly unitCostPence: number;
          readonly startDate: string;
        }[];
      };
    }[];
  };
  readonly personalBudgets: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly status: string;
        readonly annualTotalPence: number;
        readonly effectiveFrom: string;
        readonly indicativeDifferenceReasons: string | null;
        readonly plan: { readonly id: string } | null;
        readonly deployments: readonly {
          readonly id: string;
          readonly mode: string;
          readonly annualAmountPence: number;
        }[];
      };
    }[];
  } | null;
  readonly directPaymentAgreements: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly status: string;
        readonly startDate: string;
        readonly deployment: { readonly id: string };
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
      assessments(first: 5) { edges { node { id type completedDate indicativeBudgets(first: 1) { edges { node { annualAmountPence calculatedAt } } } } } }
      supportPlans(first: 5) { edges { node { id version revision status startDate costs { weeklyCostPence annualCostPence } outcomes { description } lines { description serviceType serviceComponent deliveryMechanism unitCostPence startDate } } } }
      personalBudgets(first: 3) { edges { node { id status annualTotalPence effectiveFrom indicativeDifferenceReasons plan { id } deployments { id mode annualAmountPence } } } }
      directPaymentAgreements(first: 3) { edges { node { id status startDate deployment { id } payments(first: 12) { edges { node { id dueDate status netAmountPence } } } } } }
    }
  }
}`,
} as GraphQLDocument<JourneyResult, { id: string }>;
