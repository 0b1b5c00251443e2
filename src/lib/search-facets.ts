/**
 * The search filters (facets) of the site, in the order the search page offers them.
 * Each has a short URL parameter (`/cari/?wilayah=kota-surabaya`, see search-params.ts)
 * and an Indonesian name, which is also its key in the Pagefind index (so Pagefind's
 * filter pane shows it as is). Each value a page carries has its text (what the reader
 * sees, the index value) and a token for the URL (a vocabulary key, a slug or a number),
 * so links stay short and stable when a label is reworded.
 */
import { t } from '../i18n/index.ts';
import type { Facet } from './search-params.ts';

export * from './search-params.ts';

/** The Indonesian name of a facet: the filter's key in the index and its heading in the pane. */
export function facetLabel(facet: Facet): string {
  return t.search.facet[facet];
}

/** One value of a facet on a page: the text indexed and shown, and its token in URLs. */
export interface FacetValue {
  text: string;
  token: string;
}

/** A facet value, or undefined when the text is missing (so optional fields drop out). */
export function facetValue(text: string | undefined, token: string | number | undefined): FacetValue | undefined {
  return text && token !== undefined && token !== '' ? { text, token: String(token) } : undefined;
}

/** The `peringkat` (award tier) value: the competition and the tier, e.g. "KIPP (KemenPAN-RB) — Top 45". */
export function rankText(competition: string, rank: string): string {
  return `${t.label.competition[competition as keyof typeof t.label.competition] ?? competition} — ${rank}`;
}
