/**
 * The accessibility check both sweeps use: axe-core with the WCAG 2.2 A and AA rules,
 * run in the page, returning one line per violation with the offending elements. Open
 * pages with `{ bypassCSP: true }`: the site's Content Security Policy would (rightly)
 * block the injected axe script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}

/**
 * Rules whose outcome depends on colours. The rest of WCAG's checks look at structure,
 * which a theme does not change, so a second theme is checked with these alone.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Violations on the page currently loaded, as readable lines (empty when none): every
 * WCAG 2.2 A/AA rule, or only the given rules. Only violations are computed (axe skips
 * collecting passes), which keeps a sweep over a whole site quick.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS };
  const result = await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(
        document,
        { runOnly, resultTypes: ['violations'] },
      ),
    runOnly,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** Paths of every page listed in a built site's sitemap. */
export function sitemapPaths(dist: string): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** Paths (with their width) that scroll sideways when the page is loaded 320 CSS pixels wide. */
export async function overflowingAt320(browser: Browser, baseUrl: string, paths: readonly string[]): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const overflowing: string[] = [];
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflowing.push(`${path} (${width}px)`);
  }
  await page.close();
  return overflowing;
}

/** Load every path in turn and collect "path → violation" lines (all rules, or the given ones). */
export async function sweep(page: Page, baseUrl: string, paths: readonly string[], rules?: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    for (const v of await axeViolations(page, rules)) problems.push(`${path} → ${v}`);
  }
  return problems;
}
