import { OpenPbError } from '../errors/openpb-error.ts';
import {
  PersonBudgetsDocument,
  PersonCaseDocument,
  PersonDocument,
  PersonJourneyDocument,
} from '../generated/types/graphql.ts';
import type { GraphQLDocument, GraphQLTransport } from '../graphql-transport.ts';
import type { Person, PersonalBudget, PersonCase, PersonJourney } from '../models.ts';
import { MAX_PAGE_SIZE, pageRequestOptions } from '../pagination/list-options.ts';
import type { RequestOptions } from '../request-options.ts';

/** A safety stop for one person's budget history. */
const MAX_BUDGET_PAGES = 50;

/** Support plan versions read to find the current one (newest first). */
const PLANS_FIRST = 20;
/** Direct payment agreements read per person. */
const AGREEMENTS_FIRST = 20;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface GetPersonCaseOptions extends RequestOptions {
  /**
   * The period of each direct payment statement, end-inclusive, as `YYYY-MM-DD`. Default: the
   * year up to and including today (UTC), so the closing balance is today's balance.
   */
  readonly statementFrom?: string;
  readonly statementTo?: string;
}

/** Today (UTC) and the day after the same date a year earlier. */
export function defaultStatementPeriod(now: Date = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const year = now.getUTCFullYear() - 1;
  const month = now.getUTCMonth();
  // 29 February a year earlier is 28 February
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const start = new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay) + 1));
  return { from: start.toISOString().slice(0, 10), to };
}

function requireId(id: unknown): void {
  if (typeof id !== 'string' || id === '') throw new TypeError('id must be a non-empty string');
}

/** Reads of a person composed of the SDK's own documents, beside the generated `people` methods. */
export interface PersonReads {
  /** The person with this global id and all their personal budgets, or null if there is none you may see. */
  get(id: string, options?: RequestOptions): Promise<Person | null>;
  /**
   * For council staff: the person with their budgets, their current support plan (outcomes,
   * costed lines, cost against the budget) and their direct payment agreements with a statement
   * summary (balances, contingency, recoverable surplus). Null if there is no such person you may see.
   */
  getCase(id: string, options?: GetPersonCaseOptions): Promise<PersonCase | null>;
  /**
   * For a caseworker's screen, in one request: the person's timeline (newest first, 40 entries)
   * and the records its next steps act on (their latest assessments with the indicative budget,
   * plan versions with lines and costs, personal budgets with their deployments, direct payment
   * agreements with their payments). Null if there is no such person you may see.
   */
  getJourney(id: string, options?: RequestOptions): Promise<PersonJourney | null>;
}

export function personReads(transport: GraphQLTransport): PersonReads {
  const query = async <R, V>(
    document: GraphQLDocument<R, V>,
    variables: V,
    options: RequestOptions | undefined,
  ): Promise<R> => (await transport.execute(document, variables, { ...options, retry: true })).data;

  async function remainingBudgets(
    id: string,
    after: string | null,
    options: RequestOptions | undefined,
  ): Promise<PersonalBudget[]> {
    const budgets: PersonalBudget[] = [];
    let cursor = after;
    for (let pages = 0; cursor !== null; pages++) {
      if (pages === MAX_BUDGET_PAGES) {
        throw new OpenPbError(`More than ${MAX_BUDGET_PAGES} pages of budgets`, {
          code: 'PAGINATION_ERROR',
        });
      }
      const { node } = await query(
        PersonBudgetsDocument,
        { id, first: MAX_PAGE_SIZE, after: cursor },
        options,
      );
      // the person vanished between two requests: keep what was read
      if (node?.__typename !== 'Person' || !node.personalBudgets) break;
      const { edges, pageInfo } = node.personalBudgets;
      budgets.push(...edges.map((edge) => edge.node));
      const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      if (next === cursor) {
        throw new OpenPbError('The server returned the same cursor twice', {
          code: 'PAGINATION_ERROR',
        });
      }
      cursor = next;
    }
    return budgets;
  }

  const reads: PersonReads = {
    async get(id, options) {
      requireId(id);
      const { node } = await query(PersonDocument, { id, budgetsFirst: MAX_PAGE_SIZE }, options);
      if (node?.__typename !== 'Person') return null;
      const { __typename: _typename, personalBudgets, ...person } = node;
      // null only with a refusal (a delegation without READ_BUDGET), which the transport throws
      const more = personalBudgets?.pageInfo.hasNextPage
        ? await remainingBudgets(id, personalBudgets.pageInfo.endCursor, options)
        : [];
      return {
        ...person,
        personalBudgets: [...(personalBudgets?.edges ?? []).map((edge) => edge.node), ...more],
      };
    },

    async getCase(id, options) {
      requireId(id);
      const period = defaultStatementPeriod();
      const statementFrom = options?.statementFrom ?? period.from;
      const statementTo = options?.statementTo ?? period.to;
      if (!ISO_DATE.test(statementFrom) || !ISO_DATE.test(statementTo)) {
        throw new TypeError('statementFrom and statementTo must be dates as YYYY-MM-DD');
      }
      if (statementFrom > statementTo) {
        throw new TypeError('statementFrom must not be after statementTo');
      }
      const requestOptions = pageRequestOptions(options);
      const [person, { node }] = await Promise.all([
        reads.get(id, requestOptions),
        query(
          PersonCaseDocument,
          {
            id,
            plansFirst: PLANS_FIRST,
            agreementsFirst: AGREEMENTS_FIRST,
            statementFrom,
            statementTo,
          },
          requestOptions,
        ),
      ]);
      if (person === null || node?.__typename !== 'Person') return null;
      const plans = (node.supportPlans?.edges ?? []).map((edge) => edge.node);
      return {
        ...person,
        currentSupportPlan: plans.find((plan) => plan.status === 'APPROVED') ?? null,
        directPaymentAgreements: (node.directPaymentAgreements?.edges ?? []).map(
          (edge) => edge.node,
        ),
      };
    },

    async getJourney(id, options) {
      requireId(id);
      const { node } = await query(PersonJourneyDocument, { id }, options);
      if (node?.__typename !== 'Person') return null;
      const { __typename: _typename, ...journey } = node;
      return journey;
    },
  };
  return reads;
}
