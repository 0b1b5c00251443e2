/**
 * Builds the Pagefind search index after Astro has written the site, with Pagefind's
 * Node API. Any error Pagefind reports fails the build: a site whose search silently
 * lacks pages is worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fail with a clear message when a Pagefind response carries errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind gagal saat ${step}:\n- ${errors.join('\n- ')}`);
  }
}

/** Astro integration that indexes the built HTML into `dist/pagefind/`. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'rumah-inovasi-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'id' });
          assertNoErrors('membuat indeks', created.errors);
          const { index } = created;
          if (!index) throw new Error('Pagefind tidak mengembalikan indeks.');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('membaca halaman', added.errors);
          if (added.page_count === 0) {
            throw new Error('Pagefind tidak menemukan satu halaman pun untuk diindeks.');
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          assertNoErrors('menulis indeks', written.errors);
          logger.info(`Pagefind: ${added.page_count} halaman diindeks.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
