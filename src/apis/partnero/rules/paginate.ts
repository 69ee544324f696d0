/**
 * Laravel's simplePaginate: links and meta without a total or last page. Costs O(page) on any array (a slice, and
 * its length to know whether more follow), never a copy of the whole list. With `only` (a filter the API supports
 * and no index serves in list order), it scans from the start until the page is full plus one more match.
 */
export function simplePaginate<T>(
  items: readonly T[],
  page: number,
  perPage: number,
  path: string,
  keep: Record<string, string | undefined> = {},
  only?: (item: T) => boolean,
) {
  const start = (page - 1) * perPage;
  const { data, hasMore } = only ? filteredPage(items, start, perPage, only) : { data: items.slice(start, start + perPage), hasMore: items.length > start + perPage };
  const url = (n: number) => {
    const query = new URLSearchParams(Object.entries({ ...keep, page: String(n) }).filter((e): e is [string, string] => e[1] !== undefined));
    return `${path}?${query}`;
  };
  return {
    data,
    links: { first: url(1), last: null, prev: page > 1 ? url(page - 1) : null, next: hasMore ? url(page + 1) : null },
    meta: {
      current_page: page,
      from: data.length > 0 ? start + 1 : null,
      path,
      per_page: perPage,
      to: data.length > 0 ? start + data.length : null,
    },
  };
}

/** The matches numbered [start, start + perPage) in list order, and whether one more follows; stops there. */
function filteredPage<T>(items: readonly T[], start: number, perPage: number, only: (item: T) => boolean): { data: T[]; hasMore: boolean } {
  const data: T[] = [];
  let seen = 0;
  for (const item of items) {
    if (!only(item)) continue;
    if (seen >= start + perPage) return { data, hasMore: true };
    if (seen >= start) data.push(item);
    seen++;
  }
  return { data, hasMore: false };
}

/** The scheme and host the request came in on, for pagination links (Partnero's own host when none is sent). */
export function requestBaseUrl(headers: { host?: string; [name: string]: string | string[] | undefined }): string {
  const host = headers.host ?? 'api.partnero.com';
  const proto = String(headers['x-forwarded-proto'] ?? 'http');
  return `${proto}://${host}`;
}
