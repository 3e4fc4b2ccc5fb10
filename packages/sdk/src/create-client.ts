import { baseClient, type ClientWith } from './base-client.ts';
import { type ClientOptions, resolveClientOptions } from './client-options.ts';
import { type CsvExports, csvExportsResource } from './exports/csv-exports.ts';
import { allResources } from './generated/resources/all-resources.ts';
import { createGraphQLTransport } from './graphql-transport.ts';
import { bindResource } from './resource.ts';
import { type PersonReads, personReads } from './resources/person-reads.ts';

/**
 * The whole API: one namespace per kind of record (`client.supportPlans.approve`), `reports` for
 * figures and report rows, `exports` for their CSV files, and `viewer`, `node` and `request` on the
 * client itself.
 */
export type OpenPbClient = Omit<ClientWith<typeof allResources>, 'people'> & {
  readonly people: ClientWith<typeof allResources>['people'] & PersonReads;
  /** The API's CSV exports: the CLD return and the reports' rows. */
  readonly exports: CsvExports;
};

/**
 * A client for one API and one identity. Throws `TypeError` on unknown or invalid options.
 *
 * @example
 * const client = createClient({ url: 'http://127.0.0.1:4000', getToken: () => session.token });
 * const firstPage = await client.people.list({ filter: { search: 'Ahmed' } });
 * for await (const person of client.people.list()) console.log(person.familyName);
 * const result = await client.supportPlans.approve({ planId, expectedRevision: 2 });
 * if (!result.ok) console.log(result.error.code, result.requestId);
 */
export function createClient(options: ClientOptions): OpenPbClient {
  const transport = createGraphQLTransport(resolveClientOptions(options));
  const namespaces: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(allResources)) {
    namespaces[name] = bindResource(transport, definition);
  }
  namespaces.people = Object.freeze({
    ...(namespaces.people as object),
    ...personReads(transport),
  });
  namespaces.exports = csvExportsResource(transport);
  return Object.freeze({ ...baseClient(transport), ...namespaces }) as OpenPbClient;
}
