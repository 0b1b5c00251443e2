/**
 * Builds, once for all build and browser tests, the fixture corpus, a corpus long enough to
 * paginate, and the fixture corpus again under a sub-path (BASE_PATH), with the fixture's static
 * files (`fixturePublicDir`), and hands their output folders to the tests. One after the other:
 * builds of one project share its `.astro/.prerender/` folder, so two at once break each
 * other. A failed build stops the run with Astro's own output.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteAsync, type BuildResult } from './helpers/build.ts';
import { paginatedCorpus } from './helpers/paginated-corpus.ts';

/** The sub-path of the third build, as on a GitHub Pages project site. */
export const BASE_PATH = '/rumah-inovasi/';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBuildOutput: string;
    paginatedDist: string;
    basedDist: string;
  }
}

function check(name: string, build: BuildResult): BuildResult {
  if (build.status !== 0) throw new Error(`Build ${name} gagal (kode ${build.status}):\n${build.output}`);
  return build;
}

export default async function setup(project: TestProject): Promise<void> {
  // Each build gets the fixture's static files (buildSiteAsync's default PUBLIC_DIR). The first
  // draws its share cards into an empty cache, so every run tests the drawing threads.
  const fixture = await buildSiteAsync('tests/fixtures/konten', undefined, { OG_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ri-og-')) });
  const paginated = await buildSiteAsync(paginatedCorpus());
  const based = await buildSiteAsync('tests/fixtures/konten', undefined, { RI_BASE: BASE_PATH });
  project.provide('fixtureDist', check('korpus uji', fixture).outDir);
  project.provide('fixtureBuildOutput', fixture.output);
  project.provide('paginatedDist', check('korpus berhalaman', paginated).outDir);
  project.provide('basedDist', check('korpus uji di sub-path', based).outDir);
}
