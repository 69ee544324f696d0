/** Laravel's simplePaginate: links and meta without a total or last page. */
export function simplePaginate<T>(items: T[], page: number, perPage: number, path: string, keep: Record<string, string | undefined> = {}) {
  const start = (page - 1) * perPage;
  const data = items.slice(start, start + perPage);
  const hasMore = items.length > start + perPage;
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

/** The scheme and host the request came in on, for pagination links (Partnero's own host when none is sent). */
export function requestBaseUrl(headers: { host?: string; [name: string]: string | string[] | undefined }): string {
  const host = headers.host ?? 'api.partnero.com';
  const proto = String(headers['x-forwarded-proto'] ?? 'http');
  return `${proto}://${host}`;
}
