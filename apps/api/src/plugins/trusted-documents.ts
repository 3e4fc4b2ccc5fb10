import { readFileSync } from 'node:fs';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** A persisted-documents manifest as graphql-codegen writes it: `{ "sha256:…": "query …" }`. */
export function readTrustedDocuments(file: string): ReadonlyMap<string, string> {
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

/**
 * Trusted-documents mode: only operations whose hash is in the manifest run, and they run as the
 * manifest's text, whatever query text came with them. Anything else is refused before parsing.
 */
export function useTrustedDocuments(documents: ReadonlyMap<string, string>): Plugin {
  return {
    onParams({ params, setParams }) {
      const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)
        ?.sha256Hash;
      const document = typeof hash === 'string' ? documents.get(hash) : undefined;
      if (!document) {
        throw createGraphQLError(
          'Only the operations of the OpenPB SDK are accepted by this server',
          {
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
          },
        );
      }
      setParams({ ...params, query: document });
    },
  };
}
