/**
 * Builds the Pagefind search index with Pagefind's Node API, while Astro renders.
 *
 * Pagefind indexes in its own process. Adding pages only after Astro has written all of them
 * (the usual `addDirectory` in `astro:build:done`) leaves that process idle during rendering
 * and then keeps the build waiting for it: at 2,000 case studies it was two thirds of a bare
 * Astro build. So the index is created when the build starts, a build-only middleware hands
 * it each page's HTML as it is rendered (Pagefind works on the other core meanwhile), and
 * `astro:build:done` adds any HTML file the middleware did not see (so nothing is ever left
 * out), checks every response for errors, refuses an empty index and writes it. Any error
 * fails the build: a site whose search silently lacks pages is worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildShared } from '../lib/build-shared.ts';

/** The running build's session, where the middleware finds it (the middleware is bundled separately). */
export const session = buildShared<IndexSession>('pagefind');

/** Fail with a clear message when a Pagefind response carries errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind gagal saat ${step}:\n- ${errors.join('\n- ')}`);
  }
}

/** What the written index's entry file says: its page count, or what is wrong with it. */
export interface EntryReading {
  /** Pages in the index (0 when there is a problem). */
  pages: number;
  problem?: string | undefined;
}

/**
 * Reads the written index's entry file (`pagefind-entry.json`) once: its page count, and a
 * problem unless it holds an Indonesian index of at least one and at most `files` pages
 * (Pagefind reads every HTML file, but indexes only those with `data-pagefind-body`).
 */
export function readEntry(outputPath: string, files: number): EntryReading {
  const file = join(outputPath, 'pagefind-entry.json');
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(readFileSync(file, 'utf8')) as typeof entry;
  } catch (error) {
    return { pages: 0, problem: `${file} tidak terbaca sebagai JSON (${(error as Error).message}).` };
  }
  const count = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  if (!entry.languages?.['id']) return { pages: 0, problem: `${file} tidak memuat indeks bahasa Indonesia (id).` };
  if (count < 1 || count > files) return { pages: 0, problem: `${file} mencatat ${count} halaman dari ${files} berkas HTML.` };
  return { pages: count };
}

/** The file an HTML page is written to, relative to the output folder: `/a/b/` → `a/b/index.html`. */
export function sourcePathOf(pathname: string, base = '/'): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}

/** One build's index: pages are added as they come; errors are collected for the end. */
export class IndexSession {
  readonly #index: Promise<pagefind.PagefindIndex>;
  readonly #pending: Promise<void>[] = [];
  readonly #errors: string[] = [];
  readonly #added = new Set<string>();

  constructor() {
    this.#index = pagefind.createIndex({ forceLanguage: 'id' }).then((created) => {
      assertNoErrors('membuat indeks', created.errors);
      if (!created.index) throw new Error('Pagefind tidak mengembalikan indeks.');
      return created.index;
    });
    // A failure surfaces in finish(); keep it from being reported as unhandled meanwhile.
    this.#index.catch(() => {});
  }

  /**
   * Queue one page; returns at once. A page without `data-pagefind-body` is not sent:
   * Pagefind ignores such pages once any page has the attribute (every detail page of this
   * site has it), so sending them only cost Pagefind's process parsing time. A site with no
   * such page at all would get an empty index, which {@link finish} refuses.
   */
  add(sourcePath: string, content: string): void {
    if (this.#added.has(sourcePath)) return;
    this.#added.add(sourcePath);
    if (!content.includes('data-pagefind-body')) return;
    this.#pending.push(
      this.#index
        .then((index) => index.addHTMLFile({ sourcePath, content }))
        .then((response) => {
          this.#errors.push(...response.errors.map((e) => `${sourcePath}: ${e}`));
        }),
    );
  }

  /** How many pages were handed over while rendering (before {@link finish} reads the rest from disk). */
  get renderedCount(): number {
    return this.#added.size;
  }

  /**
   * Add every HTML file under `outDir` not added yet, wait for all, and write the index.
   * Returns the page count, and what was wrong with the first write when it had to be
   * written again.
   */
  async finish(outDir: string): Promise<{ pages: number; rewritten?: string | undefined }> {
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !f.startsWith(`pagefind/`),
    );
    for (const file of files) {
      const sourcePath = file.split('\\').join('/');
      if (!this.#added.has(sourcePath)) this.add(sourcePath, readFileSync(join(outDir, file), 'utf8'));
    }
    const index = await this.#index;
    await Promise.all(this.#pending);
    assertNoErrors('membaca halaman', this.#errors);
    const outputPath = join(outDir, 'pagefind');
    let written = await index.writeFiles({ outputPath });
    assertNoErrors('menulis indeks', written.errors);
    // Read the index back: once, a local build wrote an empty entry file. Write once more,
    // then fail with what is wrong rather than publish a search that finds nothing.
    const first = readEntry(outputPath, files.length);
    if (!first.problem) return { pages: first.pages };
    written = await index.writeFiles({ outputPath });
    assertNoErrors('menulis indeks', written.errors);
    const second = readEntry(outputPath, files.length);
    if (second.problem) throw new Error(`Pagefind gagal saat menulis indeks: ${second.problem}`);
    return { pages: second.pages, rewritten: first.problem };
  }
}

/** Astro integration that indexes the site into `<outDir>/pagefind/`. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'rumah-inovasi-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') {
          addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
        }
      },
      'astro:build:start': () => {
        session.set(new IndexSession());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const running = session.get() ?? new IndexSession();
        session.set(undefined);
        try {
          const whileRendering = running.renderedCount;
          const { pages, rewritten } = await running.finish(fileURLToPath(dir));
          if (rewritten) logger.info(`Pagefind: tulisan indeks pertama bermasalah (${rewritten}); indeks ditulis ulang.`);
          logger.info(`Pagefind: ${pages} halaman diindeks (${whileRendering} diterima selama render).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
