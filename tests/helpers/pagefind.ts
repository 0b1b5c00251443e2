/**
 * The built site's Pagefind index read back in Node with Pagefind's own search script
 * (`dist/pagefind/pagefind.js`, no worker), its files fetched from disk: what a browser
 * would get, without a browser.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of Pagefind's JS API the tests use. */
export interface PagefindApi {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PageData> }[]; filters: Record<string, Record<string, number>> }>;
}

/** A page as the index stores it. */
export interface PageData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

let installed = false;

/** Load the index of `dist` (once per process: Pagefind's script keeps one instance). */
export async function loadIndex(dist: string): Promise<PagefindApi> {
  if (!installed) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.protocol !== 'file:') return realFetch(input, init);
      return new Response(await readFile(fileURLToPath(url)));
    }) as typeof fetch;
    installed = true;
  }
  const pagefind = (await import(pathToFileURL(`${dist}/pagefind/pagefind.js`).href)) as PagefindApi & {
    options(o: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
  };
  await pagefind.options({ noWorker: true, basePath: pathToFileURL(`${dist}/pagefind/`).href, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

/** Every result of a search, with its data, in ranking order. */
export async function resultsOf(pagefind: PagefindApi, term: string | null, filters: Record<string, string[]> = {}): Promise<PageData[]> {
  const found = await pagefind.search(term, { filters });
  return Promise.all(found.results.map((r) => r.data()));
}
