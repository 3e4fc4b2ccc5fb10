import { type DirectPaymentAgreement, OpenPbGraphQLError, type SupportPlan } from '@openpb/sdk';

/** What a scope-limited read of a person's case still holds: the lists the API did not refuse. */
export interface PartialCase {
  readonly currentSupportPlan: SupportPlan | null | undefined;
  readonly directPaymentAgreements: readonly DirectPaymentAgreement[] | undefined;
}

function nodesOf(list: unknown): unknown[] | undefined {
  if (typeof list !== 'object' || list === null) return undefined;
  const edges = (list as { edges?: unknown }).edges;
  if (!Array.isArray(edges)) return undefined;
  return edges.map((edge) => (edge as { node?: unknown } | null)?.node).filter(Boolean);
}

/**
 * The lists of `people.getCase`'s document that arrived beside a refusal (the API answers the
 * fields it allows and refuses the others, each with its missing scope): undefined where refused.
 * The shapes are the SDK's own fragments, which that document selects.
 */
export function partialCaseOf(error: unknown): PartialCase | null {
  if (!(error instanceof OpenPbGraphQLError)) return null;
  const node = error.data?.node;
  if (typeof node !== 'object' || node === null) return null;
  const { supportPlans, directPaymentAgreements } = node as Record<string, unknown>;
  const plans = nodesOf(supportPlans) as SupportPlan[] | undefined;
  return {
    currentSupportPlan: plans
      ? (plans.find((plan) => plan.status === 'APPROVED') ?? null)
      : undefined,
    directPaymentAgreements: nodesOf(directPaymentAgreements) as
      | DirectPaymentAgreement[]
      | undefined,
  };
}
