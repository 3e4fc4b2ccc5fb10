/**
 * The API's URLs. `url` may be the API's base (`http://127.0.0.1:4000`) or its GraphQL endpoint
 * (`…/graphql`); either way the SDK derives both.
 */
export interface ApiEndpoints {
  readonly graphql: string;
  readonly base: string;
}

export function apiEndpoints(url: string): ApiEndpoints {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`url must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`url must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  }
  parsed.search = '';
  parsed.hash = '';
  const basePath = parsed.pathname.replace(/\/+$/, '').replace(/\/graphql$/, '');
  const base = `${parsed.origin}${basePath}`;
  return { base, graphql: `${base}/graphql` };
}
