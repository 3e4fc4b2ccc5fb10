import type { OpenPbClient } from '@openpb/sdk';
import { DataTable, RequestView } from '../components/request-view.tsx';
import { todayInLondon } from '../format/dates.ts';
import { describeValidity } from '../format/validity.ts';
import { useRequest } from '../hooks/use-request.ts';
import { delegationScopeLabel } from '../labels/code-labels.ts';
import { hrefFor } from '../routing/use-hash-route.ts';

export type Viewer = Awaited<ReturnType<OpenPbClient['viewer']>>;

/** What a delegation lets the app do, one plain-English line a scope. */
export function ScopeList({
  scopes,
}: {
  readonly scopes: Viewer['delegations'][number]['scopes'];
}) {
  return (
    <ul className="govuk-list scope-list">
      {scopes.map((scope) => (
        <li key={scope}>{delegationScopeLabel(scope)}</li>
      ))}
    </ul>
  );
}

/**
 * A third-party app's workspace: the people who delegated to its organisation and what each
 * delegation allows (scopes, validity), as `viewer.delegations` and `delegatedPeople` say.
 */
export function BrokerWorkspace({
  client,
  refreshKey,
  viewer,
}: {
  readonly client: OpenPbClient;
  readonly refreshKey: number;
  readonly viewer: Viewer;
}) {
  const today = todayInLondon();
  const people = useRequest(
    async (signal) => await client.delegatedPeople.list({ pageSize: 100, signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  return (
    <>
      <p className="govuk-body-l">
        {viewer.organisation?.name} acts for {viewer.delegations.length}{' '}
        {viewer.delegations.length === 1 ? 'person' : 'people'} of {viewer.council.name} today.
      </p>
      <p className="govuk-body">
        Each person decides what you may do for them. A delegation that has ended or that the person
        revoked is not listed: the API no longer lets you act for them.
      </p>
      <RequestView state={people} what="the people who delegated to you">
        {(page) => (
          <DataTable
            caption="Delegations in force today"
            head={['Person', 'What you may do', 'Valid']}
            rows={viewer.delegations.map((delegation) => {
              const person = page.items.find((item) => item.id === delegation.personId);
              const validity = describeValidity(delegation.validFrom, delegation.validTo, today);
              return [
                <a
                  className="govuk-link"
                  href={hrefFor({ name: 'delegated-person', id: delegation.personId })}
                  key="person"
                >
                  {person ? `${person.givenName} ${person.familyName}` : 'A person'}
                </a>,
                <ScopeList scopes={delegation.scopes} key="scopes" />,
                <span key="validity">
                  <span className="validity">{validity.from}</span>{' '}
                  <span className="validity">{validity.until}</span>
                </span>,
              ];
            })}
            empty="Nobody delegates to your organisation today."
          />
        )}
      </RequestView>
    </>
  );
}
