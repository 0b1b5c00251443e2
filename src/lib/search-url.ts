/**
 * A search in the page address: `/cari/?q=izin&wilayah=kota-surabaya&penghargaan=kipp&urut=terbaru`.
 * Words in `q`, each filter as its facet's parameter with value tokens (repeated for
 * several values), the sort order in `urut`. So a search can be shared as a link, reloads
 * to the same results, and back/forward step through it. Pure: the search page's script
 * translates between this state and Pagefind's filters with {@link toPagefindFilters}.
 */
import { FACETS, SORT_PARAM, SORTS, type Facet, type SortName } from './search-params.ts';

/** A search: words, filter tokens by facet, and sort order. */
export interface SearchState {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  sort: SortName;
}

/**
 * Per facet URL parameter: its name in the index, and URL token → indexed text of each
 * value (the search page's view supplies it).
 */
export type TokenMap = Partial<Record<Facet, { label: string; tokens: Record<string, string> }>>;

/** The query in `href`, trimmed, or an empty string. */
export function queryFromUrl(href: string): string {
  return (new URL(href).searchParams.get('q') ?? '').trim();
}

/** `href` with its `q` parameter set to `term`, or removed when the term is empty. */
export function urlWithQuery(href: string, term: string): string {
  return urlWithState(href, { ...stateFromUrl(href), q: term });
}

/** The whole search in `href`; unknown parameters and sort names are ignored. */
export function stateFromUrl(href: string): SearchState {
  const params = new URL(href).searchParams;
  const filters: Partial<Record<Facet, string[]>> = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) filters[facet] = values;
  }
  const sort = params.get(SORT_PARAM);
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && sort in SORTS ? (sort as SortName) : 'relevan' };
}

/** `href` with the search written into it (parameters in a fixed order; other parameters kept). */
export function urlWithState(href: string, state: SearchState): string {
  const url = new URL(href);
  for (const key of ['q', ...FACETS, SORT_PARAM]) url.searchParams.delete(key);
  const q = state.q.trim();
  if (q) url.searchParams.set('q', q);
  for (const facet of FACETS) for (const token of state.filters[facet] ?? []) url.searchParams.append(facet, token);
  if (state.sort !== 'relevan') url.searchParams.set(SORT_PARAM, state.sort);
  return url.toString();
}

/** Pagefind filters (facet name → indexed texts) for the state's tokens; unknown tokens are dropped. */
export function toPagefindFilters(state: SearchState, tokens: TokenMap): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const entry = tokens[facet];
    if (!entry) continue;
    const texts = (state.filters[facet] ?? []).map((token) => entry.tokens[token]).filter((v): v is string => v !== undefined);
    if (texts.length > 0) filters[entry.label] = texts;
  }
  return filters;
}

/** The state's filters from Pagefind's (facet name → texts); texts without a token are dropped. */
export function fromPagefindFilters(filters: Record<string, unknown>, tokens: TokenMap): Partial<Record<Facet, string[]>> {
  const result: Partial<Record<Facet, string[]>> = {};
  for (const [label, values] of Object.entries(filters)) {
    const facet = FACETS.find((f) => tokens[f]?.label === label);
    if (!facet || !Array.isArray(values)) continue;
    const byText = new Map(Object.entries(tokens[facet]?.tokens ?? {}).map(([token, text]) => [text, token]));
    const found = values.map((v) => byText.get(String(v))).filter((v): v is string => v !== undefined);
    if (found.length > 0) result[facet] = found;
  }
  return result;
}

/** Whether two states show the same results apart from the words (so typing replaces history, filtering adds to it). */
export function sameFiltersAndSort(a: SearchState, b: SearchState): boolean {
  return a.sort === b.sort && FACETS.every((f) => (a.filters[f] ?? []).join('\n') === (b.filters[f] ?? []).join('\n'));
}
