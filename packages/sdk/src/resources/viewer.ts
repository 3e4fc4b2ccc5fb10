import type { GraphQLTransport } from '../graphql-transport.ts';
import type { Viewer } from '../models.ts';
import { viewerQuery } from '../operations/viewer-query.ts';
import type { RequestOptions } from '../request-options.ts';

/** Who the token belongs to: subject, roles and council. */
export async function fetchViewer(
  transport: GraphQLTransport,
  options?: RequestOptions,
): Promise<Viewer> {
  const { viewer } = await transport.query(viewerQuery, {}, options);
  return viewer;
}
