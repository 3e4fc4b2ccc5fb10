import type { ServerResponse } from 'node:http';

/**
 * Headers on every response (OWASP Secure Headers, ASVS 14.4): no MIME sniffing, no framing, no
 * referrer, nothing stored by caches (every answer of this API may carry personal data), and no
 * content but its own (`default-src 'none'`; GraphiQL's page sets its own policy). In production
 * also HSTS: browsers reach the API over HTTPS only, for a year.
 */
export function setSecurityHeaders(response: ServerResponse, production: boolean): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cache-control', 'no-store');
  response.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  if (production) {
    response.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
}
