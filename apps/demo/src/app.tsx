import { createClient } from '@openpb/sdk';
import { useCallback, useMemo, useState } from 'react';
import { PhaseBanner } from './components/phase-banner.tsx';
import { SiteHeader } from './components/site-header.tsx';
import { API_URL } from './config.ts';
import { useRequest } from './hooks/use-request.ts';
import { INITIAL_PEOPLE_LIST, type PeopleListState } from './people/people-list-state.ts';
import { useHashRoute } from './routing/use-hash-route.ts';
import { PeopleScreen } from './screens/people-screen.tsx';
import { PersonScreen } from './screens/person-screen.tsx';
import { SignInScreen } from './screens/sign-in-screen.tsx';
import { isSessionExpired } from './session/describe-error.ts';
import { loadSession, type Session, saveSession } from './session/session.ts';

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [notice, setNotice] = useState<string | null>(null);
  const [peopleList, setPeopleList] = useState<PeopleListState>(INITIAL_PEOPLE_LIST);
  const route = useHashRoute();

  const client = useMemo(
    () => (session ? createClient({ url: API_URL, token: session.token }) : null),
    [session],
  );

  const changeSession = useCallback((next: Session | null, why: string | null = null) => {
    saveSession(next);
    setSession(next);
    setNotice(why);
    setPeopleList(INITIAL_PEOPLE_LIST);
    if (next) window.location.hash = '#/people';
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
          {client && route.name === 'people' && (
            <PeopleScreen
              client={client}
              state={peopleList}
              onStateChange={setPeopleList}
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
