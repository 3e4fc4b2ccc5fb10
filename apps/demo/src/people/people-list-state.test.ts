import { describe, expect, it } from 'vitest';
import {
  currentCursor,
  filterOf,
  INITIAL_PEOPLE_LIST,
  nextPage,
  pageNumber,
  peopleListFromQuery,
  peopleListQuery,
  previousPage,
  withFilters,
} from './people-list-state.ts';

describe('people list state', () => {
  it('pages forwards by cursor and back by popping', () => {
    const second = nextPage(INITIAL_PEOPLE_LIST, 'c1');
    const third = nextPage(second, 'c2');
    expect([pageNumber(third), currentCursor(third)]).toEqual([3, 'c2']);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(INITIAL_PEOPLE_LIST)).toBe(INITIAL_PEOPLE_LIST);
    expect(currentCursor(INITIAL_PEOPLE_LIST)).toBeNull();
  });

  it('starts again at page 1 when the filters change', () => {
    const state = withFilters('  Ab ', 'MENTAL_HEALTH');
    expect(pageNumber(state)).toBe(1);
    expect(filterOf(state)).toEqual({ search: 'Ab', primarySupportReason: 'MENTAL_HEALTH' });
    expect(filterOf(withFilters(' ', ''))).toEqual({});
  });

  it('keeps the filters and the pages visited in the address, and reads them back', () => {
    const isReason = (value: string): value is 'MENTAL_HEALTH' => value === 'MENTAL_HEALTH';
    const state = nextPage(withFilters('Ab', 'MENTAL_HEALTH'), 'c1');
    const query = peopleListQuery(state);
    expect(query).toBe('search=Ab&reason=MENTAL_HEALTH&after=c1');
    expect(peopleListFromQuery(query, isReason)).toEqual(state);
    expect(peopleListQuery(INITIAL_PEOPLE_LIST)).toBe('');
    expect(peopleListFromQuery('reason=NOT_A_REASON', isReason)).toEqual(INITIAL_PEOPLE_LIST);
  });
});
