/**
 * Page links of a paginated list, the way Astro's `paginate()` lays out URLs: page 1 at
 * the list's own address, page n at `<base>n/`. Long runs are shortened to the first,
 * the last and the pages around the current one, with a gap between.
 */

/** Entries per page of every paginated list. */
export const PAGE_SIZE = 50;

/** One numbered link (or a gap, `number` 0). */
export interface PageLink {
  number: number;
  href: string;
  current: boolean;
}

/** The links of one page of a list. */
export interface PageLinks {
  total: number;
  current: number;
  previous?: string | undefined;
  next?: string | undefined;
  links: PageLink[];
}

/** Address of page `n` of a list at `base` (which ends with "/"). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** Links for page `current` of `total`, showing at most the first, last and two either side of current. */
export function pageLinks(base: string, current: number, total: number): PageLinks {
  const numbers = Array.from({ length: total }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === total || Math.abs(n - current) <= 2,
  );
  return {
    total,
    current,
    previous: current > 1 ? pageHref(base, current - 1) : undefined,
    next: current < total ? pageHref(base, current + 1) : undefined,
    links: numbers.map((n) => ({ number: n, href: pageHref(base, n), current: n === current })),
  };
}

/** Page links of one page of Astro's `paginate()` over a list at `base`. */
export function linksOf(page: { currentPage: number; lastPage: number }, base: string): PageLinks {
  return pageLinks(base, page.currentPage, page.lastPage);
}
