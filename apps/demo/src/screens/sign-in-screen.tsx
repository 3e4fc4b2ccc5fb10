import { listPersonas, signInAsPersona } from '@openpb/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Loading } from '../components/loading.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { API_URL } from '../config.ts';
import { useRequest } from '../hooks/use-request.ts';
import { describeError } from '../session/describe-error.ts';
import type { Session } from '../session/session.ts';

interface SignInScreenProps {
  readonly onSignedIn: (session: Session) => void;
  /** Why the previous session ended, if it did. */
  readonly notice: string | null;
}

export function SignInScreen({ onSignedIn, notice }: SignInScreenProps) {
  const personas = useRequest((signal) => listPersonas({ url: API_URL, signal }), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [missingChoice, setMissingChoice] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (personas.status !== 'done') return;
    const persona = personas.data.find((candidate) => candidate.key === chosen);
    if (!persona) {
      setMissingChoice(true);
      return;
    }
    setSubmitting(true);
    setFailure(null);
    try {
      const token = await signInAsPersona({ url: API_URL, persona: persona.key });
      onSignedIn({ token, persona });
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
        own role; the API decides what they may see.
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
