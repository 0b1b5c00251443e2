/**
 * A corpus long enough to paginate: the fixture corpus plus synthetic case studies
 * (src/lib/synthetic-corpus.ts) that all share one region, one topic and one organisation,
 * so the case-study list, that region's, topic's and organisation's pages all run over
 * several pages.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCaseStudies, proseOf, sentencesOf } from '../../src/lib/synthetic-corpus.ts';
import { copyFixtureCorpus } from './build.ts';
import { FIXTURES } from './site.ts';

/** How many synthetic case studies: enough for three pages of 50. */
export const SYNTHETIC_CASES = 110;

/** What every synthetic case shares. */
export const SHARED = { region: '3529', regionSlug: 'kabupaten-sumenep', topic: 'pendidikan', organisation: 'pemprov-contoh' };

/** Write the corpus into a new temporary folder and return it. */
export function paginatedCorpus(): string {
  const dir = copyFixtureCorpus();
  const real = readdirSync(join(FIXTURES, 'studi-kasus')).filter((n) => n.endsWith('.md') && !n.startsWith('_'));
  const prose = real.map((n) => proseOf(readFileSync(join(FIXTURES, 'studi-kasus', n), 'utf8')));
  const files = generateCaseStudies(SYNTHETIC_CASES, 7, {
    regions: [SHARED.region],
    topics: [SHARED.topic],
    organisations: [SHARED.organisation],
    paragraphs: prose.flatMap((p) => p.paragraphs),
    sentences: ['Inovasi uji untuk memeriksa halaman berpindah.', ...prose.flatMap((p) => sentencesOf(p.summary))],
  });
  for (const f of files) writeFileSync(join(dir, 'studi-kasus', `${f.id}.md`), f.content);
  return dir;
}
