/**
 * The names a search uses in URLs and in the index, without any interface text, so the
 * scripts that run on every page (the header's search button) stay small: facet URL
 * parameters, sort orders, the highlight parameter, the summary's ranking weight.
 */
import { slugFromPath } from './slug.ts';

/** URL parameter of each facet, in display order. */
export const FACETS = [
  'jenis',
  'wilayah',
  'tahun',
  'topik',
  'urusan',
  'penghargaan',
  'peringkat',
  'status',
  'digital',
  'tahapan',
  'sdg',
] as const;

/** A facet's URL parameter, e.g. `wilayah`. */
export type Facet = (typeof FACETS)[number];

/** The URL parameter for the sort order; absent means relevance. */
export const SORT_PARAM = 'urut';
/** Sort orders offered, by their URL value, as Pagefind's `sort` option; `relevan` is the default and not written. */
export const SORTS = { relevan: undefined, terbaru: { tanggal: 'desc' } } as const;
/** A sort order's URL value. */
export type SortName = keyof typeof SORTS;

/** URL token of the `wilayah` value for provincial (not kab/kota) innovations. */
export const PROVINCE_TOKEN = 'provinsi';

/** The URL token of an award tier: `kipp-top-45`. */
export function rankToken(competition: string, rank: string): string {
  return slugFromPath(`${competition} ${rank}`);
}

/** URL parameter that carries the searched words to an opened result, for Pagefind's highlighter. */
export const HIGHLIGHT_PARAM = 'sorot';

/**
 * Pagefind weight of an entry's summary (`data-pagefind-weight`): between the title (an
 * `<h1>`, weight 7 by Pagefind's default) and the body (1), so a word in the summary
 * outranks the same word in the body, and a title match outranks both.
 */
export const SUMMARY_WEIGHT = 4;

/**
 * How many results the search page and the modal render at first, and how many more each
 * "show more" adds. Pagefind's Component UI otherwise renders a placeholder for every
 * result, which at 10,000 pages kept a common word from showing any result for minutes.
 */
export const RESULTS_STEP = 20;
