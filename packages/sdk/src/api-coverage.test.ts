import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createClient } from './create-client.ts';
import { allResources } from './generated/resources/all-resources.ts';
import { clientMethods } from './generated/resources/client-methods.ts';
import type { AnyOperation } from './operation.ts';

/** The printed schema, as CI checks it in: the SDK must reach every root field in it. */
const schema = buildSchema(
  readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8'),
);
const rootFields = [
  ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((field) => `query.${field}`),
  ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((field) => `mutation.${field}`),
].sort();

const client = createClient({ url: 'http://api.test', token: 't' }) as unknown as Record<
  string,
  unknown
>;

/** Every method of the client with the root field it calls, as `namespace.method`. */
function methods(): { path: string; root: string; method: unknown }[] {
  const entries = (
    definitions: Record<string, AnyOperation>,
    namespace: string | null,
  ): { path: string; root: string; method: unknown }[] =>
    Object.entries(definitions).map(([name, operation]) => {
      const owner = namespace === null ? client : (client[namespace] as Record<string, unknown>);
      return {
        path: namespace === null ? name : `${namespace}.${name}`,
        root: `${operation.kind === 'mutation' ? 'mutation' : 'query'}.${operation.field}`,
        method: owner?.[name],
      };
    });
  return [
    ...entries(clientMethods, null),
    ...Object.entries(allResources).flatMap(([namespace, definitions]) =>
      entries(definitions, namespace),
    ),
  ];
}

describe('the whole API through the SDK', () => {
  it('has a method for every query field and mutation of schema.graphql', () => {
    const reached = methods();
    expect(reached.map((entry) => entry.root).sort()).toEqual(rootFields);
    for (const entry of reached) expect(typeof entry.method, entry.path).toBe('function');
    // the count the README quotes
    expect(rootFields.length).toBeGreaterThanOrEqual(43);
  });

  it('names mutations by what they act on', () => {
    const paths = new Map(methods().map((entry) => [entry.root, entry.path]));
    expect(paths.get('mutation.completeAssessment')).toBe('assessments.complete');
    expect(paths.get('mutation.approveSupportPlan')).toBe('supportPlans.approve');
    expect(paths.get('mutation.recordDirectPayment')).toBe('directPayments.record');
    expect(paths.get('mutation.grantDelegation')).toBe('delegations.grant');
    expect(paths.get('mutation.setUpDirectPayment')).toBe('directPayments.setUp');
    expect(paths.get('mutation.createPerson')).toBe('people.create');
    expect(paths.get('query.ascof3d')).toBe('reports.ascof3d');
    expect(paths.get('query.people')).toBe('people.list');
    expect(paths.get('query.viewer')).toBe('viewer');
  });
});
