import type { Persona } from '@openpb/sdk';

interface SiteHeaderProps {
  readonly persona: Persona | null;
  readonly councilName: string | null;
  readonly onSignOut: () => void;
}

export function SiteHeader({ persona, councilName, onSignOut }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__service" href="#/">
          Open Personal Budgets
        </a>
        {persona && (
          <div className="site-header__account">
            <span>
              Signed in as <strong>{persona.name}</strong>, {persona.title}
              {councilName && (
                <>
                  {' '}
                  · <span data-testid="council-name">{councilName}</span>
                </>
              )}
            </span>
            <button type="button" className="link-button site-header__sign-out" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
