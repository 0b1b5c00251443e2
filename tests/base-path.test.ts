/**
 * The site deployed under a sub-path (`RI_BASE=/rumah-inovasi/`, as on a GitHub Pages project
 * site), built once in global setup from the fixture corpus: every link and asset, the
 * feeds, the sitemap, the share images and structured data point under the base path and
 * resolve to built files; search works in a real browser served only under that path.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASE_PATH } from './global-setup.ts';
import { launchBrowser } from './helpers/browser.ts';
import { dom } from './helpers/html.ts';
import { serve } from './helpers/serve.ts';

const dist = inject('basedDist');
const SITE = 'https://rumahinovasi.jatimprov.go.id';
const HOME = `${SITE}${BASE_PATH}`;
const CASE = 'studi-kasus/layanan-contoh/';

/** Whether a served path (under the base) is a built file or a folder with an index.html. */
function built(path: string): boolean {
  const file = join(dist, decodeURIComponent(path.split(/[?#]/)[0] ?? '').slice(BASE_PATH.length));
  return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')) || path.endsWith('/pagefind/'));
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('admin'),
);

describe('built under a sub-path', () => {
  it('every site link, asset, form and search bundle in every page is under the base and exists', () => {
    expect(pages.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const { document: doc } = parseHTML(readFileSync(join(dist, file), 'utf8'));
      for (const el of doc.querySelectorAll('[href], [src], [action], pagefind-config')) {
        for (const attr of ['href', 'src', 'action', 'bundle-path', 'base-url']) {
          const value = el.getAttribute(attr);
          if (!value?.startsWith('/') || value.startsWith('//')) continue;
          checked++;
          if (!value.startsWith(BASE_PATH)) wrong.push(`${file}: ${attr}="${value}" is not under ${BASE_PATH}`);
          else if (!built(value)) wrong.push(`${file}: ${attr}="${value}" does not exist`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('canonical URL, Open Graph image, breadcrumbs and the page script point under the base', () => {
    const doc = dom(dist, `/${CASE}`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${HOME}${CASE}`);
    const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(image.startsWith(`${HOME}og/`)).toBe(true);
    expect(built(new URL(image).pathname)).toBe(true);
    const trail = [...doc.querySelectorAll('script[type="application/ld+json"]')]
      .map((s) => JSON.parse(s.textContent ?? '{}') as { '@type': string; itemListElement?: { item: string }[] })
      .find((d) => d['@type'] === 'BreadcrumbList');
    expect(trail?.itemListElement?.map((i) => i.item)).toEqual([HOME, `${HOME}studi-kasus/`, `${HOME}${CASE}`]);
    const script = doc.querySelector('head script:not([type])')?.textContent ?? '';
    const module = /import\("([^"]+)"\)/.exec(script)?.[1] ?? '';
    expect(module.startsWith(`${BASE_PATH}_astro/ri.`)).toBe(true);
    expect(built(module)).toBe(true);
  });

  it('the feed, the sitemap and robots.txt give addresses under the base that exist', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '');
    expect(links[0]).toBe(HOME);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link.startsWith(HOME) && built(new URL(link).pathname), link).toBe(true);
    const locs = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(50);
    for (const loc of locs) expect(loc.startsWith(HOME) && built(new URL(loc).pathname), loc).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${HOME}sitemap-index.xml`);
  });

  it('Markdown links written as site paths are served under the base', () => {
    // The guide's body links a case study as `/studi-kasus/layanan-contoh/`.
    const link = [...dom(dist, '/panduan/panduan-contoh/').querySelectorAll('main a')].find((a) => a.textContent === 'studi kasus layanan contoh');
    expect(link?.getAttribute('href')).toBe(`${BASE_PATH}${CASE}`);
  });
});

describe('search under a sub-path, in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(dist, { base: BASE_PATH });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('the search page, the header modal and the highlight on the opened result all work', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${site.url}/cari/?q=mangrove`);
    await page.waitForSelector('pagefind-results a.pf-result-link', { timeout: 15_000 });
    const found = await page.$$eval('pagefind-results a.pf-result-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found).toContain(`${BASE_PATH}studi-kasus/budidaya-mangrove/`);

    await page.goto(`${site.url}/tentang/`);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.pf-modal[open] pagefind-input input', { timeout: 15_000 });
    await page.keyboard.type('mangrove');
    await page.waitForSelector('dialog.pf-modal a.pf-result-link', { timeout: 15_000 });
    await page.click(`dialog.pf-modal a.pf-result-link[href^="${BASE_PATH}studi-kasus/budidaya-mangrove/"]`);
    await page.waitForSelector('mark.pagefind-highlight', { timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}studi-kasus/budidaya-mangrove/`);
    expect(failed).toEqual([]);
    await page.close();
  }, 90_000);
});
