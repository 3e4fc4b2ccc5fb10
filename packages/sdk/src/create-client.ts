import { type ClientOptions, resolveClientOptions } from './client-options.ts';
import { createGraphQLTransport } from './graphql-transport.ts';
import type { Viewer } from './models.ts';
import type { RequestOptions } from './request-options.ts';
import {
  createDelegatedPeopleResource,
  type DelegatedPeopleResource,
} from './resources/delegated-people.ts';
import { createPeopleResource, type PeopleResource } from './resources/people.ts';
import { fetchViewer } from './resources/viewer.ts';

export interface OpenPbClient {
  readonly people: PeopleResource;
  /** For third-party apps: the people who delegate to your organisation. */
  readonly delegatedPeople: DelegatedPeopleResource;
  /** The signed-in caller: subject, roles and council. */
  viewer(options?: RequestOptions): Promise<Viewer>;
}

/**
 * A client for one API and one identity. Throws `TypeError` on unknown or invalid options.
 *
 * @example
 * const client = createClient({ url: 'http://127.0.0.1:4000', getToken: () => session.token });
 * const firstPage = await client.people.list({ search: 'Ahmed' });
 * for await (const person of client.people.list()) console.log(person.familyName);
 */
export function createClient(options: ClientOptions): OpenPbClient {
  const transport = createGraphQLTransport(resolveClientOptions(options));
  return Object.freeze({
    people: Object.freeze(createPeopleResource(transport)),
    delegatedPeople: Object.freeze(createDelegatedPeopleResource(transport)),
    viewer: (requestOptions?: RequestOptions) => fetchViewer(transport, requestOptions),
  });
}
