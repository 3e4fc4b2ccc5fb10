import { createClient } from '@openpb/sdk';
import { useCallback, useMemo, useRef, useState } from 'react';
import { PhaseBanner } from './components/phase-banner.tsx';
import { RefreshControl } from './components/request-view.tsx';
import { SiteHeader } from './components/site-header.tsx';
import { API_URL } from './config.ts';
import { DelegatedPersonScreen } from './delegations/delegated-person-screen.tsx';
import { useLiveEvents } from './hooks/use-live-events.ts';
import { useRequest } from './hooks/use-request.ts';
import { isPrimarySupportReason } from './labels/code-labels.ts';
import { peopleListFromQuery, peopleListQuery } from './people/people-list-state.ts';
import { hrefFor, type Route, useHashRoute } from './routing/use-hash-route.ts';
import { FiguresScreen } from './screens/figures-screen.tsx';
import { JourneyScreen } from './screens/journey-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { PeopleScreen } from './screens/people-screen.tsx';
import { PersonScreen } from './screens/person-screen.tsx';
import { SignInScreen } from './screens/sign-in-screen.tsx';
import { WorkspaceScreen } from './screens/workspace-screen.tsx';
import { isSessionExpired } from './session/describe-error.ts';
import { loadSession, type Session, saveSession } from './session/session.ts';

/** Whether an event about `person` (a global id, or null) changes what `route` shows. */
function isAffected(route: Route, person: string | null | undefined): boolean {
  if (route.name === 'workspace' || route.name === 'figures') return true;
  return (
    (route.name === 'journey' || route.name === 'person' || route.name === 'delegated-person') &&
    person === route.id
  );
}

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [notice, setNotice] = useState<string | null>(null);
  const route = useHashRoute();
  const [refreshKey, setRefreshKey] = useState(0);

  const client = useMemo(
    () => (session ? createClient({ url: API_URL, token: session.token }) : null),
    [session],
  );

  const changeSession = useCallback((next: Session | null, why: string | null = null) => {
    saveSession(next);
    setSession(next);
    setNotice(why);
    // signed in: the address asked for (a shared link) opens; signed out: the next persona
    // starts at their workspace
    if (!next) window.location.hash = '#/';
  }, []);

  const onError = useCallback(
    (error: unknown) => {
      if (isSessionExpired(error)) changeSession(null, 'Your session has ended. Sign in again.');
    },
    [changeSession],
  );

  const viewer = useRequest(
    async (signal) => {
      if (!client) return null;
      try {
        return await client.viewer({ signal });
      } catch (error) {
        onError(error);
        throw error;
      }
    },
    [client],
  );
  const councilName = viewer.status === 'done' ? (viewer.data?.council.name ?? null) : null;
  const isStaff = viewer.status === 'done' && viewer.data !== null && !viewer.data.organisation;
  const isApp = viewer.status === 'done' && viewer.data !== null && !!viewer.data.organisation;

  // Live (D76, D96, D93): another persona's change reloads the screen it concerns — the person on
  // screen (their journey or record, or a delegated person's case for an app), or any change
  // the viewer hears of for a workspace or the figures (an app hears only what its webhooks
  // would be sent: its delegations, and its people's events within their scopes). Refresh stays
  // as the fallback. This tab's own actions reload it already, and their events reload it once
  // more: that reload keeps the screen, its open steps and what is typed (useRequest's
  // reloadOn), and ignoring events for a while after an action would also drop another
  // persona's change made in that while.
  const routeRef = useRef(route);
  routeRef.current = route;
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onLiveScreen = ['journey', 'person', 'workspace', 'figures', 'delegated-person'].includes(
    route.name,
  );
  const signedIn = isStaff || isApp;
  const live = useLiveEvents(
    signedIn && onLiveScreen ? (session?.token ?? null) : null,
    (event) => {
      if (!isAffected(routeRef.current, event.person)) return;
      clearTimeout(reloadTimer.current);
      reloadTimer.current = setTimeout(() => setRefreshKey((key) => key + 1), 300);
    },
  );

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader
        persona={session?.persona ?? null}
        councilName={councilName}
        onSignOut={() => changeSession(null, 'You have signed out.')}
      />
      <div className="width-container">
        <PhaseBanner />
        <main className="main" id="main">
          {!client && <SignInScreen onSignedIn={(next) => changeSession(next)} notice={notice} />}
          {client && (
            <nav className="demo-nav" aria-label="Demo">
              <ul className="demo-nav__list">
                {(isApp
                  ? ([
                      [
                        '#/',
                        'People who delegate to you',
                        route.name === 'workspace' || route.name === 'delegated-person',
                      ],
                    ] as const)
                  : ([
                      ['#/', 'Your workspace', route.name === 'workspace'],
                      ['#/people', 'People', route.name === 'people' || route.name === 'person'],
                      ['#/figures', 'The council in figures', route.name === 'figures'],
                    ] as const)
                ).map(([href, label, current]) => (
                  <li key={href}>
                    <a
                      className="govuk-link demo-nav__link"
                      href={href}
                      aria-current={current ? 'page' : undefined}
                    >
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
              {live === 'live' && (
                <strong className="govuk-tag govuk-tag--green" data-testid="live">
                  Live
                </strong>
              )}
              <RefreshControl onRefresh={() => setRefreshKey((key) => key + 1)} />
            </nav>
          )}
          {client && route.name === 'workspace' && (
            <WorkspaceScreen client={client} refreshKey={refreshKey} onError={onError} />
          )}
          {client && route.name === 'figures' && (
            <FiguresScreen client={client} refreshKey={refreshKey} />
          )}
          {client && route.name === 'journey' && (
            <JourneyScreen client={client} id={route.id} refreshKey={refreshKey} />
          )}
          {client && route.name === 'delegated-person' && (
            <DelegatedPersonScreen
              client={client}
              id={route.id}
              refreshKey={refreshKey}
              onError={onError}
            />
          )}
          {client && route.name === 'not-found' && <NotFoundScreen />}
          {client && route.name === 'people' && (
            <PeopleScreen
              client={client}
              state={peopleListFromQuery(route.query ?? '', isPrimarySupportReason)}
              onStateChange={(next) => {
                const query = peopleListQuery(next);
                window.location.hash = hrefFor(
                  query ? { name: 'people', query } : { name: 'people' },
                );
              }}
              onError={onError}
            />
          )}
          {client && route.name === 'person' && (
            <PersonScreen client={client} id={route.id} onError={onError} />
          )}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          Open Personal Budgets demo · API {API_URL} · synthetic data only
        </div>
      </footer>
    </>
  );
}
