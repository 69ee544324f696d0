// Cursor paging by id, as Voucherify's holder lists do: starting_after_id in, more_starting_after out.
import { Collection } from '../../../engine/store/collection.js';

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
 * up, so a page still continues correctly after the record it names was removed. Records already in ascending id
 * order (holder ids grow with creation time, so a code's holders usually are) are paged where they lie, with a
 * binary search for the cursor; others are sorted first.
 */
export function paginateById<T extends { id: string }>(records: readonly T[], request: CursorPageRequest, defaultOrder = '-id'): CursorPage<T> {
  const order = request.order ?? defaultOrder;
  const descending = order.startsWith('-');
  // A stable sort keeps records with equal ids in the order given; descending is that order reversed.
  const sorted = ascendingById(records) ? records : [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = sorted.length;
  const cursor = request.starting_after_id;
  // The records after the cursor are sorted[from, to) (ascending) or sorted[to - 1 ... from] (descending).
  let from = 0;
  let to = n;
  if (cursor !== undefined) {
    if (descending) to = firstIndex(sorted, (r) => r.id >= cursor);
    else from = firstIndex(sorted, (r) => r.id > cursor);
  }
  const limit = request.limit ?? DEFAULT_LIMIT;
  const count = to - from;
  const at = (i: number) => (descending ? sorted[to - 1 - i] : sorted[from + i]);
  const data = sliceOf(count, 0, limit, at);
  const has_more = count > limit;
  const page: CursorPage<T> = { data, total: records.length, has_more };
  if (has_more) page.more_starting_after = data[data.length - 1].id;
  return page;
}

function ascendingById(records: readonly { id: string }[]): boolean {
  for (let i = 1; i < records.length; i++) if (records[i - 1].id > records[i].id) return false;
  return true;
}

/** The first index whose record passes `test`, in records where it fails before and passes after (binary search). */
function firstIndex<T>(sorted: readonly T[], test: (record: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** What `rows.slice(start, end)` answers, for a list of `length` rows read through `at` (none is copied). */
export function sliceOf<T>(length: number, start: number, end: number | undefined, at: (index: number) => T): T[] {
  const clamp = (value: number) => {
    const i = Math.trunc(value) || 0;
    return i < 0 ? Math.max(length + i, 0) : Math.min(i, length);
  };
  const from = clamp(start);
  const to = end === undefined ? length : clamp(end);
  const out: T[] = [];
  for (let i = from; i < to; i++) out.push(at(i));
  return out;
}

/** Customer redeemables may also be ordered by created_at; holder ids grow with it, so that is ordering by id. */
export function orderById(order: string | undefined): string | undefined {
  return order?.replace('created_at', 'id');
}

/** Page-numbered paging (page from 1, limit default 10), as Voucherify's resource lists page. */
export function pageOf<T>(rows: readonly T[], page: number | undefined, limit: number | undefined): T[] {
  const size = limit ?? DEFAULT_LIMIT;
  const start = ((page ?? 1) - 1) * size;
  return rows.slice(start, start + size);
}

/**
 * Rows sorted by `order` (a field, with a leading dash for descending), else by `fallback`. Rows are given in
 * creation order, which breaks ties (so records created in the same millisecond keep their order either way);
 * null values sort first ascending.
 */
export function sortByField<T>(rows: readonly T[], order: string | undefined, fallback: string, valueOf: (row: T, field: string) => unknown): T[] {
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

/** A sort key as sortByField compares it: null and undefined as '', anything else as its string. */
const sortKey = (value: unknown) => (value === null || value === undefined ? '' : String(value));

interface OrderCheck {
  /** How many records, from the start of the collection, were checked. */
  count: number;
  /** The last of them: still at count - 1 means nothing was removed before it since. */
  last: object | undefined;
  lastKey: string;
  sorted: boolean;
}

/** Per stored collection and field: how far it is known to be in ascending order of that field. */
const orderChecks = new WeakMap<object, Map<string, OrderCheck>>();

/**
 * Is `list`, a stored collection, in ascending order of `field` (compared as sortByField compares)? Records are
 * appended in creation order and their created_at never changes, so each call checks only the records added since
 * the last one (amortised O(1) per record); after a removal before the last checked record it checks from the start.
 * A plain array (a filtered copy, a rule test's state) answers false: the caller sorts.
 */
export function inFieldOrder<T extends object>(list: readonly T[], field: string, valueOf: (row: T, field: string) => unknown): boolean {
  if (!(list instanceof Collection)) return false;
  let checks = orderChecks.get(list);
  if (!checks) orderChecks.set(list, (checks = new Map()));
  const known = checks.get(field);
  let from = 0;
  let lastKey = '';
  let sorted = true;
  if (known && known.count > 0 && known.count <= list.length && list[known.count - 1] === known.last) {
    from = known.count;
    lastKey = known.lastKey;
    sorted = known.sorted;
  }
  for (let i = from; sorted && i < list.length; i++) {
    const key = sortKey(valueOf(list[i], field));
    if (key < lastKey) sorted = false;
    else lastKey = key;
  }
  checks.set(field, { count: list.length, last: list[list.length - 1], lastKey, sorted });
  return sorted;
}

/**
 * What pageOf(sortByField(list, order, fallback, valueOf), page, limit) answers, without copying or sorting, when
 * the order is `field` either way and the stored collection is already in that order: ascending is then collection
 * order (ties in creation order) and descending its exact reverse (sortByField reverses ties too). Undefined
 * otherwise: the caller sorts.
 */
export function pageInStoredOrder<T extends object>(
  list: readonly T[],
  order: string | undefined,
  fallback: string,
  field: string,
  valueOf: (row: T, field: string) => unknown,
  page: number | undefined,
  limit: number | undefined,
): T[] | undefined {
  const spec = order ?? fallback;
  const descending = spec.startsWith('-');
  if ((descending ? spec.slice(1) : spec) !== field || !inFieldOrder(list, field, valueOf)) return undefined;
  const size = limit ?? DEFAULT_LIMIT;
  const start = ((page ?? 1) - 1) * size;
  const n = list.length;
  return sliceOf(n, start, start + size, (i) => (descending ? list[n - 1 - i] : list[i]));
}
