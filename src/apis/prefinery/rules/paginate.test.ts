import { describe, expect, it } from 'vitest';
import { paginate, paginationHeader } from './paginate.js';

const items = Array.from({ length: 30 }, (_, i) => i + 1);

describe('paginate', () => {
  it('pages of 25 with the X-Pagination facts, count being the items on the page', () => {
    expect(paginate(items, 1).facts).toEqual({ previous_page: null, next_page: 2, current_page: 1, per_page: 25, count: 25, pages: 2, total: 30 });
    const second = paginate(items, 2);
    expect(second.items).toEqual([26, 27, 28, 29, 30]);
    expect(second.facts).toMatchObject({ previous_page: 1, next_page: null, count: 5 });
  });

  it('a page past the end is empty and points back', () => {
    expect(paginate(items, 5)).toEqual({ items: [], facts: { previous_page: 4, next_page: null, current_page: 5, per_page: 25, count: 0, pages: 2, total: 30 } });
  });

  it('an empty list has zero pages', () => {
    expect(paginate([], 1).facts).toMatchObject({ pages: 0, total: 0, next_page: null });
  });

  it('the header is the facts as JSON', () => {
    expect(JSON.parse(paginationHeader(paginate(items, 1).facts)['X-Pagination']).next_page).toBe(2);
  });
});
