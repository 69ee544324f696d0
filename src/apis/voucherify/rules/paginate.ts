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
