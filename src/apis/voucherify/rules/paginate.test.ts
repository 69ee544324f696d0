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
