/**
 * The path and query of a request target, or null when it is not one we serve. Never throws:
 * `new URL('//', base)` and `new URL('http://[', base)` do (D16), so every odd target, in
 * origin form (`/a?b`), absolute form (`http://host/a`) or otherwise, is parsed defensively.
 */
export function requestTarget(target: string | undefined): URL | null {
  if (!target) return null;
  try {
    // origin form joined to a placeholder host (the Host header plays no part in routing)
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target);
  } catch {
    return null;
  }
}
