import { describe, expect, it } from 'vitest';
import { orderById, paginateById } from './paginate.js';

const records = ['rh_3', 'rh_1', 'rh_5', 'rh_2', 'rh_4'].map((id) => ({ id }));

describe('paginateById', () => {
  it('defaults to 10 per page, newest (highest id) first', () => {
    const page = paginateById(records, {});
    expect(page.data.map((r) => r.id)).toEqual(['rh_5', 'rh_4', 'rh_3', 'rh_2', 'rh_1']);
    expect(page).toMatchObject({ total: 5, has_more: false });
    expect(page).not.toHaveProperty('more_starting_after');
  });

  it('walks ascending pages with the cursor, visiting each record once', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = paginateById(records, { limit: 2, order: 'id', starting_after_id: cursor });
      seen.push(...page.data.map((r) => r.id));
      expect(page.total).toBe(5);
      if (!page.has_more) break;
      cursor = page.more_starting_after;
    }
    expect(seen).toEqual(['rh_1', 'rh_2', 'rh_3', 'rh_4', 'rh_5']);
  });

  it('continues after a cursor whose record is gone', () => {
    const page = paginateById(records.filter((r) => r.id !== 'rh_3'), { order: '-id', starting_after_id: 'rh_3' });
    expect(page.data.map((r) => r.id)).toEqual(['rh_2', 'rh_1']);
  });
});

describe('orderById', () => {
  it('reads created_at as id, either direction, and leaves the rest alone', () => {
    expect(['created_at', '-created_at', 'id', '-id', undefined].map(orderById)).toEqual(['id', '-id', 'id', '-id', undefined]);
  });
});

describe('page-numbered lists', () => {
  it('pages from 1 with a default limit of 10', async () => {
    const { pageOf } = await import('./paginate.js');
    const rows = Array.from({ length: 25 }, (_, i) => i);
    expect(pageOf(rows, undefined, undefined)).toEqual(rows.slice(0, 10));
    expect(pageOf(rows, 3, 10)).toEqual([20, 21, 22, 23, 24]);
    expect(pageOf(rows, 2, 20)).toEqual([20, 21, 22, 23, 24]);
  });

  it('sorts by a field either way, ties kept in creation order', async () => {
    const { sortByField } = await import('./paginate.js');
    const rows = [{ n: 'a', t: '2' }, { n: 'b', t: '1' }, { n: 'c', t: '2' }];
    const get = (r: { n: string; t: string }, f: string) => (f === 't' ? r.t : r.n);
    expect(sortByField(rows, undefined, 't', get).map((r) => r.n)).toEqual(['b', 'a', 'c']);
    expect(sortByField(rows, '-t', 't', get).map((r) => r.n)).toEqual(['c', 'a', 'b']);
  });
});
