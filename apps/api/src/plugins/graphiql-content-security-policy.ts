import type { Plugin } from 'graphql-yoga';

/**
 * The Content-Security-Policy of GraphiQL's page (development only; every other response gets
 * `default-src 'none'` from the HTTP server). The page is one inline script and style plus the
 * explorer's bundle, styles and editor workers; it may call this origin only, and no one may frame
 * it. Its assets are inlined from @graphql-yoga/render-graphiql (no CDN, issue 13 item 7).
 */
const GRAPHIQL_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "img-src 'self' data: https://raw.githubusercontent.com",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function useGraphiqlContentSecurityPolicy(): Plugin {
  return {
    onResponse: ({ response }) => {
      if (response.headers.get('content-type')?.startsWith('text/html')) {
        response.headers.set('content-security-policy', GRAPHIQL_POLICY);
      }
    },
  };
}
