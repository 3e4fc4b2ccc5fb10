import { describe, expect, it } from 'vitest';
import {
  currentCursor,
  filterOf,
  INITIAL_PEOPLE_LIST,
  nextPage,
  pageNumber,
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
});
