import { useEffect, useState } from 'react';

/**
 * The demo's screens, addressed by the URL hash so that a static server can host it. Every screen
 * has its own address (shareable); an address that matches none is `not-found`.
 */
export type Route =
  | { readonly name: 'workspace' }
  | { readonly name: 'people'; readonly query?: string }
  | { readonly name: 'figures' }
  | { readonly name: 'person'; readonly id: string }
  | { readonly name: 'journey'; readonly id: string }
  /** For a third-party app: a person who delegated to it. */
  | { readonly name: 'delegated-person'; readonly id: string }
  | { readonly name: 'not-found'; readonly hash: string };

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  if (path === '' || path === '/' || path === '/workspace') return { name: 'workspace' };
  if (path === '/people') return query ? { name: 'people', query } : { name: 'people' };
  if (path === '/figures') return { name: 'figures' };
  const person = /^\/people\/([^/]+)(\/journey)?$/.exec(path);
  const id = person?.[1] ? decoded(person[1]) : null;
  if (person && id) return person[2] ? { name: 'journey', id } : { name: 'person', id };
  const delegated = /^\/delegations\/([^/]+)$/.exec(path);
  const delegatedId = delegated?.[1] ? decoded(delegated[1]) : null;
  if (delegatedId) return { name: 'delegated-person', id: delegatedId };
  return { name: 'not-found', hash };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'workspace':
      return '#/';
    case 'people':
      return route.query ? `#/people?${route.query}` : '#/people';
    case 'figures':
      return '#/figures';
    case 'person':
      return `#/people/${encodeURIComponent(route.id)}`;
    case 'journey':
      return `#/people/${encodeURIComponent(route.id)}/journey`;
    case 'delegated-person':
      return `#/delegations/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return route.hash;
  }
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
