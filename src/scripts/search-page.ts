/**
 * The search page's behaviour on top of Pagefind's Component UI: the whole search (words,
 * filters, sort) lives in the URL, so a search can be shared, reloads to the same results,
 * and back/forward step through filter and sort changes (typing replaces the current
 * history entry instead of adding one per keystroke).
 */
import { getInstanceManager } from '@pagefind/component-ui';
import { RESULTS_STEP, type SortName } from '../lib/search-params.ts';
import {
  fromPagefindFilters,
  sameFiltersAndSort,
  stateFromUrl,
  toPagefindFilters,
  urlWithState,
  type SearchState,
  type TokenMap,
} from '../lib/search-url.ts';
import { limitResults, loadPagefind, showUnavailable } from './pagefind-load.ts';

const root = document.querySelector<HTMLElement>('[data-ri-search]');
const tokens = JSON.parse(document.getElementById('ri-cari-token')?.textContent ?? '{}') as TokenMap;
const sortSelect = document.querySelector<HTMLSelectElement>('[data-ri-sort]');

if (root) {
  root.hidden = false;
  const instance = getInstanceManager().getInstance('default');
  let state: SearchState = stateFromUrl(location.href);
  /** While the page is applying a URL (load, back/forward), searches don't write history. */
  let restoring = false;

  const hasFilters = (filters: Record<string, unknown>) => Object.values(filters).some((v) => Array.isArray(v) && v.length > 0);

  instance.on('search', (term: unknown, filters: unknown) => {
    const f = (filters ?? {}) as Record<string, unknown>;
    // With filters but no words, list every page matching the filters.
    instance.faceted = hasFilters(f);
    if (restoring) return;
    const next: SearchState = { q: typeof term === 'string' ? term.trim() : '', filters: fromPagefindFilters(f, tokens), sort: state.sort };
    const href = urlWithState(location.href, next);
    if (href === location.href) return;
    if (sameFiltersAndSort(state, next)) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
    state = next;
  });

  const apply = (next: SearchState) => {
    state = next;
    restoring = true;
    const input = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = next.q;
    if (sortSelect) sortSelect.value = next.sort;
    instance.triggerSearchWithFilters(next.q, toPagefindFilters(next, tokens));
    restoring = false;
  };

  if (sortSelect) sortSelect.value = state.sort;
  sortSelect?.addEventListener('change', () => {
    const next: SearchState = { ...state, sort: sortSelect.value as SortName };
    history.pushState(null, '', urlWithState(location.href, next));
    apply(next);
  });
  window.addEventListener('popstate', () => apply(stateFromUrl(location.href)));

  const results = root.querySelector<HTMLElement>('pagefind-results');
  const more = root.querySelector<HTMLButtonElement>('[data-ri-more]');
  if (results && more) limitResults(instance, results, more, RESULTS_STEP);

  loadPagefind(instance, { sort: () => state.sort, filterPane: true, results }).then(
    () => {
      if (state.q || hasFilters(state.filters)) apply(state);
    },
    () => showUnavailable(root),
  );
}
