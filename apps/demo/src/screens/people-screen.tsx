import type { OpenPbClient, PrimarySupportReason } from '@openpb/sdk';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Loading } from '../components/loading.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { formatDate } from '../format/dates.ts';
import { useRequest } from '../hooks/use-request.ts';
import {
  isPrimarySupportReason as isReason,
  PRIMARY_SUPPORT_REASONS,
  primarySupportReasonLabel,
} from '../labels/code-labels.ts';
import {
  currentCursor,
  filterOf,
  nextPage,
  PAGE_SIZE,
  type PeopleListState,
  pageNumber,
  previousPage,
  withFilters,
} from '../people/people-list-state.ts';
import { hrefFor } from '../routing/use-hash-route.ts';
import { describeError } from '../session/describe-error.ts';

interface PeopleScreenProps {
  readonly client: OpenPbClient;
  readonly state: PeopleListState;
  readonly onStateChange: (state: PeopleListState) => void;
  readonly onError: (error: unknown) => void;
}

export function PeopleScreen({ client, state, onStateChange, onError }: PeopleScreenProps) {
  const [search, setSearch] = useState(state.search);
  const [reason, setReason] = useState<PrimarySupportReason | ''>(state.reason);
  // the address changed (back, forward, a shared link): the fields show what it names
  useEffect(() => {
    setSearch(state.search);
    setReason(state.reason);
  }, [state.search, state.reason]);
  const after = currentCursor(state);
  const filter = filterOf(state);
  const page = useRequest(
    async (signal) => {
      try {
        return await client.people.list({ filter }, { pageSize: PAGE_SIZE, after, signal });
      } catch (error) {
        onError(error);
        throw error;
      }
    },
    [client, state.search, state.reason, after],
  );

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStateChange(withFilters(search, reason));
  }

  function clearFilters() {
    setSearch('');
    setReason('');
    onStateChange(withFilters('', ''));
  }

  const number = pageNumber(state);
  const firstRow = (number - 1) * PAGE_SIZE + 1;
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeading title="People">People</PageHeading>
      <p className="lead">Adults your council supports, in name order.</p>

      <form className="filters" onSubmit={applyFilters} aria-label="Find people">
        <div className="form-group">
          <label className="label" htmlFor="people-search">
            Name or LA person ID
          </label>
          <div className="hint" id="people-search-hint">
            Start of a name, or an exact ID
          </div>
          <input
            className="input"
            id="people-search"
            name="search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="people-search-hint"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="people-reason">
            Primary support reason
          </label>
          <div className="hint">CLD primary support reason</div>
          <select
            className="select"
            id="people-reason"
            name="reason"
            value={reason}
            onChange={(event) => setReason(isReason(event.target.value) ? event.target.value : '')}
          >
            <option value="">Any support reason</option>
            {PRIMARY_SUPPORT_REASONS.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            Search
          </button>
          {filtered && (
            <button type="button" className="button button--secondary" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      </form>

      {page.status === 'loading' && <Loading what="people" />}
      {page.status === 'failed' && <ErrorSummary message={describeError(page.error)} />}
      {page.status === 'done' && page.data.items.length === 0 && (
        <div className="empty" role="status">
          <h2 className="heading-m">No people found</h2>
          <p>
            {filtered
              ? 'Nobody matches these filters. Try a shorter name or clear the filters.'
              : 'No people yet.'}
          </p>
        </div>
      )}
      {page.status === 'done' && page.data.items.length > 0 && (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" aria-labelledby="people-range" tabIndex={0}>
            <table className="table" aria-describedby="people-range">
              <caption className="table__caption">
                <span id="people-range" role="status">
                  Showing people {firstRow} to {firstRow + page.data.items.length - 1}
                  {filtered ? ' matching your filters' : ''}
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">LA person ID</th>
                  <th scope="col">Date of birth</th>
                  <th scope="col">Primary support reason</th>
                  <th scope="col">Postcode</th>
                </tr>
              </thead>
              <tbody>
                {page.data.items.map((person) => (
                  <tr key={person.id}>
                    <td>
                      <a className="link" href={hrefFor({ name: 'person', id: person.id })}>
                        {person.familyName}, {person.givenName}
                      </a>
                    </td>
                    <td className="nowrap">{person.laPersonId}</td>
                    <td className="nowrap">{formatDate(person.birthDate)}</td>
                    <td>{primarySupportReasonLabel(person.primarySupportReason)}</td>
                    <td className="nowrap">{person.postcode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {(number > 1 || page.data.pageInfo.hasNextPage) && (
            <nav className="pagination" aria-label="Pages of people">
              <button
                type="button"
                className="button button--secondary"
                disabled={number === 1}
                onClick={() => onStateChange(previousPage(state))}
              >
                ‹ Previous<span className="visually-hidden"> page</span>
              </button>
              <span className="pagination__current" aria-current="page">
                Page {number}
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={!page.data.pageInfo.hasNextPage || page.data.pageInfo.endCursor === null}
                onClick={() => {
                  const { endCursor } = page.data.pageInfo;
                  if (endCursor) onStateChange(nextPage(state, endCursor));
                }}
              >
                Next<span className="visually-hidden"> page</span> ›
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
