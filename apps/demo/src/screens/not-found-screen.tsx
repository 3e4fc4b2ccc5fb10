import { PageHeading } from '../components/page-heading.tsx';

/** A clear page for an address that leads nowhere. */
export function NotFoundScreen() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If you pasted the web address, check you copied the entire address.
      </p>
      <p className="govuk-body">
        Go to{' '}
        <a className="govuk-link" href="#/">
          your workspace
        </a>{' '}
        or{' '}
        <a className="govuk-link" href="#/people">
          find a person
        </a>
        .
      </p>
    </>
  );
}
