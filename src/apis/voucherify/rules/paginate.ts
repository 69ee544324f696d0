// Cursor paging by id, as Voucherify's holder lists do: starting_after_id in, more_starting_after out.

export interface CursorPageRequest {
  limit?: number;
  order?: string;
  starting_after_id?: string;
}

export interface CursorPage<T> {
  data: T[];
  total: number;
  has_more: boolean;
  more_starting_after?: string;
}

export const DEFAULT_LIMIT = 10;

/**
 * `total` counts every record that passed the filters, not just this page. The cursor is compared, not looked
 * up, so a page still continues correctly after the record it names was removed.
 */
export function paginateById<T extends { id: string }>(records: T[], request: CursorPageRequest, defaultOrder = '-id'): CursorPage<T> {
  const order = request.order ?? defaultOrder;
  const descending = order.startsWith('-');
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (descending) sorted.reverse();
  const cursor = request.starting_after_id;
  const after = cursor === undefined ? sorted : sorted.filter((r) => (descending ? r.id < cursor : r.id > cursor));
  const limit = request.limit ?? DEFAULT_LIMIT;
  const data = after.slice(0, limit);
  const has_more = after.length > limit;
  const page: CursorPage<T> = { data, total: records.length, has_more };
  if (has_more) page.more_starting_after = data[data.length - 1].id;
  return page;
}

/** Customer redeemables may also be ordered by created_at; holder ids grow with it, so that is ordering by id. */
export function orderById(order: string | undefined): string | undefined {
  return order?.replace('created_at', 'id');
}

/** Page-numbered paging (page from 1, limit default 10), as Voucherify's resource lists page. */
export function pageOf<T>(rows: T[], page: number | undefined, limit: number | undefined): T[] {
  const size = limit ?? DEFAULT_LIMIT;
  const start = ((page ?? 1) - 1) * size;
  return rows.slice(start, start + size);
}

/**
 * Rows sorted by `order` (a field, with a leading dash for descending), else by `fallback`. Rows are given in
 * creation order, which breaks ties (so records created in the same millisecond keep their order either way);
 * null values sort first ascending.
 */
export function sortByField<T>(rows: T[], order: string | undefined, fallback: string, valueOf: (row: T, field: string) => unknown): T[] {
  const spec = order ?? fallback;
  const descending = spec.startsWith('-');
  const field = descending ? spec.slice(1) : spec;
  const keyed = rows.map((row, index) => ({ row, index, key: valueOf(row, field) }));
  keyed.sort((a, b) => {
    const ka = a.key === null || a.key === undefined ? '' : String(a.key);
    const kb = b.key === null || b.key === undefined ? '' : String(b.key);
    const c = ka < kb ? -1 : ka > kb ? 1 : a.index - b.index;
    return descending ? -c : c;
  });
  return keyed.map((k) => k.row);
}
