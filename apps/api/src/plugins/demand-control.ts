import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Plugin } from 'graphql-yoga';
import { usePageSizeLimit } from './page-size-limit.ts';

/** Limits on what one request may ask for (issue: demand control), documented in docs/access.md. */
export const DEMAND_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3_000,
  maxDirectives: 20,
  maxCost: 20_000,
} as const;

/**
 * Graphql-armor's validation limits, the page-size limit, and no introspection in production.
 * Each refusal happens before any resolver runs, so a refused request touches no data.
 */
export function demandControlPlugins(options: { production: boolean }): Plugin[] {
  return [
    maxTokensPlugin({ n: DEMAND_LIMITS.maxTokens }),
    maxDepthPlugin({ n: DEMAND_LIMITS.maxDepth, flattenFragments: true }),
    maxAliasesPlugin({ n: DEMAND_LIMITS.maxAliases }),
    maxDirectivesPlugin({ n: DEMAND_LIMITS.maxDirectives }),
    costLimitPlugin({
      maxCost: DEMAND_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
    }),
    usePageSizeLimit(),
    ...(options.production ? [useDisableIntrospection()] : []),
  ] as Plugin[];
}
