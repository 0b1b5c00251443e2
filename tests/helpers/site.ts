/**
 * Reading the fixture corpus and a built site the way the tests need: which pages must
 * exist, what a page links to, and what is in the Pagefind index.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryPath, MARKDOWN_COLLECTIONS, type CollectionName } from '../../src/lib/collections.ts';
import { collectReferences } from '../../src/lib/corpus-check.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { slugFromPath } from '../../src/lib/slug.ts';
import { frontmatter, validatedData, type TestedCollection } from './validate.ts';

export const FIXTURES = 'tests/fixtures/konten';

/** One fixture entry with the page it must produce. */
export interface FixtureEntry {
  collection: CollectionName;
  slug: string;
  file: string;
  draft: boolean;
  data: unknown;
}

/** Region slug ("kota-surabaya") by BPS code. */
export function regionSlugs(dir = FIXTURES): Map<string, string> {
  const rows = parseCsv(readFileSync(join(dir, 'wilayah', 'jatim-kabkota.csv'), 'utf8'));
  return new Map(rows.map((r) => [r['kode'] ?? '', slugFromPath(r['nama'] ?? '')]));
}

/** Every fixture entry (templates skipped), with its validated data. */
export function fixtureEntries(dir = FIXTURES): FixtureEntry[] {
  const markdown = MARKDOWN_COLLECTIONS.flatMap((collection) =>
    readdirSync(join(dir, collection))
      .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
      .map((name) => {
        const file = join(dir, collection, name);
        const raw = frontmatter(file) as { draf?: boolean };
        return {
          collection,
          slug: slugFromPath(name),
          file,
          draft: raw.draf === true,
          data: validatedData(collection as TestedCollection, file),
        };
      }),
  );
  const regions = [...regionSlugs(dir)].map(([code, slug]) => ({
    collection: 'wilayah' as const,
    slug,
    file: `${dir}/wilayah/jatim-kabkota.csv#${code}`,
    draft: false,
    data: {},
  }));
  return [...markdown, ...regions];
}

/** The URL a reference must link to. */
export function targetPath(ref: { collection: CollectionName; id: string }, regions: Map<string, string>): string {
  return entryPath(ref.collection, ref.collection === 'wilayah' ? (regions.get(ref.id) ?? ref.id) : ref.id);
}

/** References inside an entry's data. */
export { collectReferences };

/** The built HTML of a URL path such as `/studi-kasus/x/`, or undefined when missing. */
export function page(dist: string, path: string): string | undefined {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Every `href` on a page. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
}
