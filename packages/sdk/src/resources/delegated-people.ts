import type { GraphQLTransport } from '../graphql-transport.ts';
import type {
  PersonSummary,
  ProposeSupportPlanInput,
  ProposeSupportPlanResult,
  SubmitSpendInput,
  SubmitSpendResult,
} from '../models.ts';
import { delegatedPeopleQuery } from '../operations/delegated-people-query.ts';
import { proposeSupportPlanMutation } from '../operations/propose-support-plan-mutation.ts';
import { submitSpendMutation } from '../operations/submit-spend-mutation.ts';
import type { Page } from '../pagination/page.ts';
import { createPaginatedList, type PaginatedList } from '../pagination/paginated-list.ts';
import type { RequestOptions } from '../request-options.ts';
import { type ListPeopleOptions, pageSizeOf } from './people.ts';

export interface DelegatedPeopleResource {
  /**
   * For a third-party app: the people whose delegation to your organisation is in force today.
   * Read one with `client.people.get(id)` (what you see depends on the delegation's scopes).
   */
  list(options?: ListPeopleOptions): PaginatedList<PersonSummary>;
  /**
   * With PROPOSE_PLAN: proposes a support plan version for a person who delegates to you. It is a
   * draft the council's staff submit and approve. Refusals (`ForbiddenError`, or `NotFoundError`
   * for someone who does not delegate to you), invalid content and an open draft are results
   * (`ok: false`), not exceptions.
   */
  proposeSupportPlan(
    input: ProposeSupportPlanInput,
    options?: RequestOptions,
  ): Promise<ProposeSupportPlanResult>;
  /**
   * With SUBMIT_EVIDENCE or MANAGE_DP_ACCOUNT: records spend (negative `amountPence`) from a
   * delegating person's direct payment account with its receipt or invoice reference. A repeat
   * with the same `idempotencyKey` returns the first result, so a retry never records it twice.
   * Business failures are results (`ok: false`), not exceptions.
   */
  submitSpend(input: SubmitSpendInput, options?: RequestOptions): Promise<SubmitSpendResult>;
}

export function createDelegatedPeopleResource(
  transport: GraphQLTransport,
): DelegatedPeopleResource {
  return {
    list(options) {
      const first = pageSizeOf(options);
      const requestOptions: RequestOptions = options?.signal ? { signal: options.signal } : {};
      const fetchPage = async (after: string | null): Promise<Page<PersonSummary>> => {
        const { delegatedPeople } = await transport.query(
          delegatedPeopleQuery,
          { first, after },
          requestOptions,
        );
        return {
          items: delegatedPeople.edges.map((edge) => edge.node),
          pageInfo: delegatedPeople.pageInfo,
        };
      };
      return createPaginatedList(fetchPage, options?.after ?? null);
    },

    async proposeSupportPlan(input, options) {
      const { proposeSupportPlan } = await transport.mutate(
        proposeSupportPlanMutation,
        { input },
        options,
      );
      if (proposeSupportPlan.__typename === 'MutationProposeSupportPlanSuccess') {
        return { ok: true, proposal: proposeSupportPlan.proposal };
      }
      return { ok: false, error: proposeSupportPlan };
    },

    async submitSpend(input, options) {
      const { submitSpend } = await transport.mutate(submitSpendMutation, { input }, options);
      if (submitSpend.__typename === 'MutationSubmitSpendSuccess') {
        return { ok: true, spend: submitSpend.spend };
      }
      return { ok: false, error: submitSpend };
    },
  };
}
