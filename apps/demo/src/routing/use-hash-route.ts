import { useEffect, useState } from 'react';

/** The demo's screens, addressed by the URL hash so that a static server can host it. */
export type Route = { readonly name: 'people' } | { readonly name: 'person'; readonly id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/people\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) {
    try {
      return { name: 'person', id: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'people' };
    }
  }
  return { name: 'people' };
}

export function hrefFor(route: Route): string {
  return route.name === 'person' ? `#/people/${encodeURIComponent(route.id)}` : '#/people';
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
