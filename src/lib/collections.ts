/**
 * The eight collections and where each one lives on the site. Pure data shared by the
 * content config, the pages, the corpus checks and the tests, so a URL is defined once.
 */
export const COLLECTIONS = [
  'studi-kasus',
  'materi',
  'panduan',
  'acara',
  'orang',
  'organisasi',
  'wilayah',
  'topik',
] as const;

/** Name of one collection, as its folder under `content/` is named. */
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * URL segment of each collection. Only `orang` differs from its folder name: readers
 * know them as speakers (narasumber).
 */
export const ROUTE_SEGMENT: Record<CollectionName, string> = {
  'studi-kasus': 'studi-kasus',
  materi: 'materi',
  panduan: 'panduan',
  acara: 'acara',
  orang: 'narasumber',
  organisasi: 'organisasi',
  wilayah: 'wilayah',
  topik: 'topik',
};

/** Collections whose entries are Markdown/MDX files (all but `wilayah`, which is a CSV). */
export const MARKDOWN_COLLECTIONS = COLLECTIONS.filter((c) => c !== 'wilayah');

/** The list page of a collection, e.g. `/studi-kasus/`. */
export function listPath(collection: CollectionName): string {
  return `/${ROUTE_SEGMENT[collection]}/`;
}

/** The detail page of one entry, e.g. `/narasumber/adhy-karyono/`. */
export function entryPath(collection: CollectionName, slug: string): string {
  return `/${ROUTE_SEGMENT[collection]}/${slug}/`;
}
