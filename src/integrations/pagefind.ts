/**
 * Builds the Pagefind search index after Astro has written the site, with Pagefind's
 * Node API. Any error Pagefind reports fails the build: a site whose search silently
 * lacks pages is worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fail with a clear message when a Pagefind response carries errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind gagal saat ${step}:\n- ${errors.join('\n- ')}`);
  }
}

/**
 * What is wrong with the written index's entry file (`pagefind-entry.json`), or undefined
 * when it holds an Indonesian index of at least one and at most `files` pages (Pagefind
 * reads every HTML file, but indexes only those with `data-pagefind-body`).
 */
export function checkEntry(outputPath: string, files: number): string | undefined {
  const file = join(outputPath, 'pagefind-entry.json');
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(readFileSync(file, 'utf8')) as typeof entry;
  } catch (error) {
    return `${file} tidak terbaca sebagai JSON (${(error as Error).message}).`;
  }
  const count = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  if (!entry.languages?.['id']) return `${file} tidak memuat indeks bahasa Indonesia (id).`;
  if (count < 1 || count > files) return `${file} mencatat ${count} halaman dari ${files} berkas HTML.`;
  return undefined;
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
          const outputPath = `${outDir}/pagefind`;
          const written = await index.writeFiles({ outputPath });
          assertNoErrors('menulis indeks', written.errors);
          // Read the index back: its entry file must list every page added. (Once in a
          // while the entry file was found empty after a build; a site shipped like that
          // has no search at all, so the build checks rather than trusts.)
          let problem = checkEntry(outputPath, added.page_count);
          if (problem) {
            logger.warn(`Pagefind: ${problem} Indeks ditulis ulang.`);
            assertNoErrors('menulis ulang indeks', (await index.writeFiles({ outputPath })).errors);
            problem = checkEntry(outputPath, added.page_count);
            if (problem) throw new Error(`Pagefind gagal saat memeriksa indeks: ${problem}`);
          }
          logger.info(`Pagefind: ${added.page_count} berkas HTML dibaca.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
