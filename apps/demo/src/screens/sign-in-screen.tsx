import { listPersonas, signInAsPersona } from '@openpb/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Loading } from '../components/loading.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { API_URL } from '../config.ts';
import { useRequest } from '../hooks/use-request.ts';
import {
  listThirdPartyApps,
  signInAsThirdPartyApp,
  type ThirdPartyApp,
} from '../session/app-sign-in.ts';
import { describeError } from '../session/describe-error.ts';
import type { Session } from '../session/session.ts';

interface SignInScreenProps {
  readonly onSignedIn: (session: Session) => void;
  /** Why the previous session ended, if it did. */
  readonly notice: string | null;
}

const appKey = (app: ThirdPartyApp) => `app:${app.id}`;

export function SignInScreen({ onSignedIn, notice }: SignInScreenProps) {
  const personas = useRequest((signal) => listPersonas({ url: API_URL, signal }), []);
  // development only: without them (a production API) the screen offers staff only
  const apps = useRequest(
    (signal) => listThirdPartyApps(signal).catch((): ThirdPartyApp[] => []),
    [],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [missingChoice, setMissingChoice] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (personas.status !== 'done') return;
    const persona = personas.data.find((candidate) => candidate.key === chosen);
    const app =
      apps.status === 'done' ? apps.data.find((candidate) => appKey(candidate) === chosen) : null;
    if (!persona && !app) {
      setMissingChoice(true);
      return;
    }
    setSubmitting(true);
    setFailure(null);
    try {
      if (persona) {
        const token = await signInAsPersona({ url: API_URL, persona: persona.key });
        onSignedIn({ token, persona });
      } else if (app) {
        onSignedIn(await signInAsThirdPartyApp(app));
      }
    } catch (error) {
      setFailure(describeError(error));
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageHeading title="Sign in">Sign in to the demo</PageHeading>
      <p className="lead">
        Choose who you want to be. Each persona is a member of staff at the demo council with their
        own role, or a third-party app the council registered; the API decides what they may see.
      </p>
      {notice && (
        <div className="notification" role="status">
          {notice}
        </div>
      )}
      {failure && <ErrorSummary message={failure} />}
      {personas.status === 'loading' && <Loading what="personas" />}
      {personas.status === 'failed' && <ErrorSummary message={describeError(personas.error)} />}
      {personas.status === 'done' && (
        <form onSubmit={signIn} noValidate>
          {missingChoice && !chosen && <ErrorSummary message="Choose a persona to sign in as." />}
          <fieldset className={`fieldset${missingChoice && !chosen ? ' fieldset--error' : ''}`}>
            <legend className="fieldset__legend">Sign in as</legend>
            <div className="radios">
              {personas.data.map((persona) => (
                <div className="radios__item" key={persona.key}>
                  <input
                    className="radios__input"
                    id={`persona-${persona.key}`}
                    name="persona"
                    type="radio"
                    value={persona.key}
                    checked={chosen === persona.key}
                    onChange={() => setChosen(persona.key)}
                    aria-describedby={`persona-${persona.key}-hint`}
                  />
                  <label className="radios__label" htmlFor={`persona-${persona.key}`}>
                    {persona.name}
                  </label>
                  <div className="hint radios__hint" id={`persona-${persona.key}-hint`}>
                    {persona.title}
                  </div>
                </div>
              ))}
              {apps.status === 'done' && apps.data.length > 0 && (
                <p className="radios__divider">or a third-party app the council registered</p>
              )}
              {apps.status === 'done' &&
                apps.data.map((app) => (
                  <div className="radios__item" key={app.id}>
                    <input
                      className="radios__input"
                      id={`persona-${app.id}`}
                      name="persona"
                      type="radio"
                      value={appKey(app)}
                      checked={chosen === appKey(app)}
                      onChange={() => setChosen(appKey(app))}
                      aria-describedby={`persona-${app.id}-hint`}
                    />
                    <label className="radios__label" htmlFor={`persona-${app.id}`}>
                      {app.organisationName}
                    </label>
                    <div className="hint radios__hint" id={`persona-${app.id}-hint`}>
                      Third-party app “{app.name}”: signs in with its client credentials
                    </div>
                  </div>
                ))}
            </div>
          </fieldset>
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
    </>
  );
}
