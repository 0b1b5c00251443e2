/**
 * Accessibility sweep: axe-core with the WCAG 2.2 A/AA rules over every URL in the
 * sitemap of the built fixture site (every page type and every region page), plus the
 * search page with results showing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';

const dist = inject('fixtureDist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Paths of every page in the sitemap. */
function sitemapPaths(): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('every page in the sitemap has no violations', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(50);
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.url}${path}`);
      for (const v of await violations(page)) problems.push(`${path} → ${v}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('the search page with results has no violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/cari/?q=layanan`);
    await page.waitForSelector('pagefind-results a[href]');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the 404 page has no violations', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/tidak-ada/`);
    expect(response?.status()).toBe(404);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
