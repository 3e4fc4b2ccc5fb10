import { OpenPbGraphQLError, OpenPbHttpError } from '@openpb/sdk';
import type { ReactNode } from 'react';
import type { RequestState } from '../hooks/use-request.ts';
import { describeError } from '../session/describe-error.ts';
import { Loading } from './loading.tsx';

/** True when the API refused the read because of the viewer's role. */
export function isForbidden(error: unknown): boolean {
  if (error instanceof OpenPbHttpError && error.code === 'FORBIDDEN') return true;
  return (
    error instanceof OpenPbGraphQLError &&
    error.errors.some((item) => item.extensions?.code === 'FORBIDDEN')
  );
}

/** Shows a request's data, or that it is loading, refused or failed (as an inset, not a page error). */
export function RequestView<T>({
  state,
  what,
  children,
}: {
  readonly state: RequestState<T>;
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'failed') {
    return (
      <div className="govuk-inset-text" role="status">
        {isForbidden(state.error)
          ? `The API does not let your role see ${what}.`
          : `${what[0]?.toUpperCase()}${what.slice(1)} could not be loaded: ${describeError(state.error)}`}
      </div>
    );
  }
  return <>{children(state.data)}</>;
}

/** A GOV.UK table whose cells wrap, so that it never needs sideways scrolling at 375 px. */
export function DataTable({
  caption,
  head,
  rows,
  numeric = [],
  empty = 'None.',
}: {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly ReactNode[])[];
  /** Indexes of the columns that hold numbers (right-aligned). */
  readonly numeric?: readonly number[];
  readonly empty?: string;
}) {
  if (rows.length === 0) {
    return (
      <>
        <h3 className="govuk-heading-s">{caption}</h3>
        <p className="govuk-body">{empty}</p>
      </>
    );
  }
  return (
    <table className="govuk-table wrap-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((label, index) => (
            <th
              key={label}
              scope="col"
              className={`govuk-table__header${numeric.includes(index) ? ' govuk-table__header--numeric' : ''}`}
            >
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr className="govuk-table__row" key={rowIndex}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th scope="row" className="govuk-table__header" key={index}>
                  {cell}
                </th>
              ) : (
                <td
                  key={index}
                  className={`govuk-table__cell${numeric.includes(index) ? ' govuk-table__cell--numeric' : ''}`}
                >
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A refresh control: screens reload their reads when another persona may have acted. */
export function RefreshControl({ onRefresh }: { readonly onRefresh: () => void }) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary refresh-control"
      onClick={onRefresh}
    >
      Refresh
    </button>
  );
}
