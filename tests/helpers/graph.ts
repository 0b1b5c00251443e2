/**
 * The site graph of a corpus folder, built outside Astro from the real schemas (with the
 * same stand-ins as `validate.ts`), so views are unit-tested on real content files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, type LoadedEntry, type SiteGraph } from '../../src/lib/graph.ts';
import { checkContentRules } from '../../src/lib/content-rules.ts';
import { regionEntries } from '../../src/lib/csv.ts';
import { regionSchema } from '../../src/schemas/wilayah.ts';
import { FIXTURE_BUILD_DATE } from './build.ts';
import { FIXTURES, fixtureEntries } from './site.ts';

/** The graph of `dir` as a production build sees it (drafts left out unless asked for). */
export function fixtureGraph(
  dir = FIXTURES,
  { includeDrafts = false, buildDate = new Date(`${FIXTURE_BUILD_DATE}T00:00:00Z`) } = {},
): SiteGraph {
  const markdown: LoadedEntry[] = fixtureEntries(dir)
    .filter((e) => e.collection !== 'wilayah')
    .map((e) => ({
      collection: e.collection,
      id: e.slug,
      filePath: e.file,
      data: e.data,
      body: readFileSync(e.file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, ''),
      source: e.file,
    }));
  const regions: LoadedEntry[] = regionEntries(readFileSync(join(dir, 'wilayah', 'jatim-kabkota.csv'), 'utf8')).map((row) => ({
    collection: 'wilayah',
    id: row.id,
    data: regionSchema().parse(row),
    source: row.id,
  }));
  return buildGraph([...markdown, ...regions], {
    includeDrafts,
    checks: [checkContentRules],
    site: new URL('https://rumahinovasi.jatimprov.go.id'),
    buildDate,
  });
}
