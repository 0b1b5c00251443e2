/**
 * How the search page and the modal load Pagefind into Component UI's instance, instead of
 * letting Component UI do it. Hand-rolled, for three measured reasons (docs/performance.md,
 * "Search"); drop each part when Component UI offers it:
 *
 * - Sorting: Component UI 1.5 passes only `{ filters }` to `pagefind.search()`; Pagefind
 *   takes `sort` (`{ tanggal: 'desc' }`). The loaded instance's `search` is wrapped to add it.
 * - Filter counts: Component UI calls `pagefind.filters()` as soon as it loads, which fetches
 *   every filter chunk (207 KB of 470 KB at 10,000 case studies) before the first result,
 *   even in the modal, which shows no filters. A plain search needs none of them. Here the
 *   modal never loads them, and the search page loads them after the first results show.
 * - Rendering: Component UI renders a placeholder (with its own IntersectionObserver) for
 *   every result; for a common word at 10,000 pages the first result never appeared within
 *   two minutes. `limitResults()` renders the first results and a "show more" button, and
 *   keeps the announced count the true total.
 */
import type { Instance } from '@pagefind/component-ui';
import { SORTS, type SortName } from '../lib/search-params.ts';

interface PagefindApi {
  search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: unknown[]; filters?: unknown; totalFilters?: unknown } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** The parts of Component UI's instance this module drives (not in its public types). */
interface Internals {
  __pagefind__: PagefindApi | null;
  options: { bundlePath: string };
  pagefindOptions: Record<string, unknown>;
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchResult: { results: unknown[] };
  availableFilters: unknown;
  totalFilters: unknown;
  __dispatch__: (event: string, ...args: unknown[]) => void;
  announce: (key: string, replacements?: Record<string, string | number>, priority?: string) => void;
}

const loading = new WeakMap<Instance, Promise<void>>();

/**
 * Load Pagefind into `instance` with the chosen sort order; with `filterPane`, fetch the
 * filter counts once the first results are in (or right away when nothing is searched).
 */
export function loadPagefind(
  instance: Instance,
  options: { sort: () => SortName; filterPane: boolean; results?: HTMLElement | null | undefined },
): Promise<void> {
  const existing = loading.get(instance);
  if (existing) return existing;
  const run = (async () => {
    const inner = instance as unknown as Internals;
    const module = (await import(/* @vite-ignore */ `${inner.options.bundlePath}pagefind.js`)) as {
      createInstance: (o: Record<string, unknown>) => PagefindApi;
    };
    const pagefind = module.createInstance(inner.pagefindOptions);
    const search = pagefind.search.bind(pagefind);
    pagefind.search = (term, searchOptions = {}) => {
      const sort = SORTS[options.sort()];
      return search(term, sort ? { ...searchOptions, sort } : searchOptions);
    };
    const allFilters = pagefind.filters.bind(pagefind);
    // Component UI's own loader returns at once when a Pagefind instance is present.
    inner.__pagefind__ = pagefind;
    if (!options.filterPane) return;
    const loadCounts = async () => {
      const total = await allFilters();
      const current = inner.searchTerm || Object.keys(inner.searchFilters ?? {}).length > 0
        ? await pagefind.search(inner.searchTerm || null, { filters: inner.searchFilters ?? {} })
        : null;
      inner.availableFilters = (current?.filters as unknown) ?? total;
      inner.totalFilters = (current?.totalFilters as unknown) ?? total;
      inner.__dispatch__('filters', { available: inner.availableFilters, total: inner.totalFilters });
    };
    let started = false;
    const startCounts = () => {
      if (started) return;
      started = true;
      void loadCounts();
    };
    // Wait for the first result to be drawn: its text comes from a fragment Pagefind fetches
    // through the same worker, which would otherwise queue behind the filter chunks.
    instance.on('results', (found: unknown) => {
      const count = (found as { results?: unknown[] } | undefined)?.results?.length ?? 0;
      const list = options.results;
      if (count === 0 || !list || list.querySelector('a[href]')) return startCounts();
      const watch = new MutationObserver(() => {
        if (!list.querySelector('a[href]')) return;
        watch.disconnect();
        startCounts();
      });
      watch.observe(list, { childList: true, subtree: true });
    });
    // Nothing searched yet: the pane can fill in straight away.
    if (!inner.searchTerm) setTimeout(() => inner.searchResult.results.length === 0 && startCounts(), 0);
  })();
  loading.set(instance, run);
  return run;
}

/**
 * Show the "search cannot be loaded" notice within `scope` (src/components/SearchUnavailable.astro),
 * for when Pagefind's files cannot be fetched: without it the search box would simply never answer.
 */
export function showUnavailable(scope: ParentNode): void {
  const notice = scope.querySelector<HTMLElement>('[data-ri-search-error]');
  if (notice) notice.hidden = false;
}

/**
 * Render at most `step` results at first, with a button that shows `step` more; the
 * announced count stays the number of results found, not the number rendered.
 */
export function limitResults(instance: Instance, results: HTMLElement, button: HTMLButtonElement, step: number): void {
  const inner = instance as unknown as Internals;
  let shown = step;
  const total = () => inner.searchResult?.results?.length ?? 0;
  results.setAttribute('max-results', String(shown));
  const announce = inner.announce.bind(instance);
  inner.announce = (key, replacements = {}, priority) =>
    announce(key, /^(many|one|zero)_results$/.test(key) ? { ...replacements, COUNT: total() } : replacements, priority);
  const sync = () => {
    button.hidden = total() <= shown;
  };
  instance.on('search', () => {
    shown = step;
    results.setAttribute('max-results', String(shown));
  });
  instance.on('results', sync);
  button.addEventListener('click', () => {
    shown += step;
    results.setAttribute('max-results', String(shown));
    inner.__dispatch__('results', inner.searchResult);
  });
}
