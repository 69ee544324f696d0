export const PER_PAGE = 25;

export interface PaginationFacts {
  previous_page: number | null;
  next_page: number | null;
  current_page: number;
  per_page: number;
  count: number;
  pages: number;
  total: number;
}

/** One page of a list plus the facts Prefinery sends in its X-Pagination header. */
export function paginate<T>(items: readonly T[], page: number, perPage = PER_PAGE): { items: T[]; facts: PaginationFacts } {
  const start = (page - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  const pages = Math.ceil(items.length / perPage);
  return {
    items: slice,
    facts: {
      previous_page: page > 1 ? page - 1 : null,
      next_page: page < pages ? page + 1 : null,
      current_page: page,
      per_page: perPage,
      count: slice.length,
      pages,
      total: items.length,
    },
  };
}

export function paginationHeader(facts: PaginationFacts): Record<string, string> {
  return { 'X-Pagination': JSON.stringify(facts) };
}
