import type { PeopleFilter, PrimarySupportReason } from '@openpb/sdk';

/**
 * What the people list shows: the applied filters and the cursors of the pages visited so far
 * (the last one is the current page; `null` is the first page). The API pages forwards only,
 * so "previous" pops a cursor.
 */
export interface PeopleListState {
  readonly search: string;
  readonly reason: PrimarySupportReason | '';
  readonly cursors: readonly (string | null)[];
}

export const PAGE_SIZE = 20;

export const INITIAL_PEOPLE_LIST: PeopleListState = { search: '', reason: '', cursors: [null] };

export function currentCursor(state: PeopleListState): string | null {
  return state.cursors[state.cursors.length - 1] ?? null;
}

export function pageNumber(state: PeopleListState): number {
  return state.cursors.length;
}

export function filterOf(state: PeopleListState): PeopleFilter {
  return {
    ...(state.search.trim() ? { search: state.search.trim() } : {}),
    ...(state.reason ? { primarySupportReason: state.reason } : {}),
  };
}

export function withFilters(search: string, reason: PrimarySupportReason | ''): PeopleListState {
  return { search, reason, cursors: [null] };
}

export function nextPage(state: PeopleListState, endCursor: string): PeopleListState {
  return { ...state, cursors: [...state.cursors, endCursor] };
}

export function previousPage(state: PeopleListState): PeopleListState {
  return state.cursors.length > 1 ? { ...state, cursors: state.cursors.slice(0, -1) } : state;
}

/**
 * The list's state as the query of its address (`search`, `reason`, and one `after` per page
 * visited past the first), so that a filtered list — and the page on it — can be shared.
 */
export function peopleListQuery(state: PeopleListState): string {
  const query = new URLSearchParams();
  if (state.search.trim()) query.set('search', state.search.trim());
  if (state.reason) query.set('reason', state.reason);
  for (const cursor of state.cursors.slice(1)) if (cursor) query.append('after', cursor);
  return query.toString();
}

/** The state an address's query names; an unknown support reason is left out. */
export function peopleListFromQuery(
  query: string,
  isReason: (value: string) => value is PrimarySupportReason,
): PeopleListState {
  const params = new URLSearchParams(query);
  const reason = params.get('reason') ?? '';
  return {
    search: params.get('search') ?? '',
    reason: isReason(reason) ? reason : '',
    cursors: [null, ...params.getAll('after').filter((cursor) => cursor !== '')],
  };
}
