/**
 * The real content in `content/` builds, is complete enough to be a knowledge center,
 * and is accessible: the same checks a pull request from an editor must pass.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overflowingAt320, sitemapPaths, sweep } from './helpers/axe.ts';
import { buildSite, type BuildResult } from './helpers/build.ts';
import { launchBrowser } from './helpers/browser.ts';
import { serve } from './helpers/serve.ts';
import { overBudget } from './helpers/budgets.ts';
import { hrefs, page } from './helpers/site.ts';
import { frontmatter } from './helpers/validate.ts';

let build: BuildResult;

beforeAll(() => {
  build = buildSite('content');
});

const files = (collection: string) =>
  readdirSync(join('content', collection)).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_'));

describe('real content', () => {
  it('builds, printing no warning', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output.split('\n').filter((line) => /\[WARN\]|warning/i.test(line))).toEqual([]);
  });

  it('has the starter content the foundation promises', () => {
    expect(files('studi-kasus').length).toBeGreaterThanOrEqual(20);
    expect(files('panduan').length).toBeGreaterThanOrEqual(5);
    expect(files('materi').length).toBeGreaterThanOrEqual(3);
    expect(files('orang').length).toBeGreaterThanOrEqual(3);
    expect(files('acara').length).toBeGreaterThanOrEqual(1);
    expect(readdirSync(join(build.outDir, 'wilayah'), { withFileTypes: true }).filter((d) => d.isDirectory())).toHaveLength(38);
  });

  it('every case study cites a source and links it from its page', () => {
    for (const name of files('studi-kasus')) {
      const data = frontmatter(join('content', 'studi-kasus', name)) as { sumber?: { url: string }[]; ilustrasi?: boolean };
      expect(data.ilustrasi ?? false, name).toBe(false);
      expect(data.sumber?.length ?? 0, name).toBeGreaterThan(0);
      const html = page(build.outDir, `/studi-kasus/${name.replace(/\.mdx?$/, '')}/`) ?? '';
      const links = hrefs(html).map((h) => h.replaceAll('&amp;', '&'));
      for (const source of data.sumber ?? []) expect(links, `${name}: ${source.url}`).toContain(source.url);
    }
  });

  it('every internal link and anchor points at something that exists', () => {
    const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const broken: string[] = [];
    for (const file of files) {
      const from = `/${file.replace(/index\.html$/, '')}`;
      for (const href of hrefs(readFileSync(join(build.outDir, file), 'utf8'))) {
        if (!href.startsWith('/') && !href.startsWith('#')) continue;
        const [path = '', fragment] = href.split('#');
        const candidates = path === '' ? [file] : [join(path, 'index.html'), path];
        const target = candidates.map((c) => join(build.outDir, c)).find((c) => existsSync(c) && statSync(c).isFile());
        if (!target) {
          broken.push(`${from} → ${href}`);
        } else if (fragment && !readFileSync(target, 'utf8').includes(`id="${fragment}"`)) {
          broken.push(`${from} → ${href} (anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every case study page fits the budgets (HTML + CSS ≤ 14 KB gzip, first visit < 50 KB, no script files)', () => {
    const cases = readdirSync(join(build.outDir, 'studi-kasus'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
      .map((d) => `/studi-kasus/${d.name}/`);
    expect(cases.length).toBeGreaterThan(20);
    expect(overBudget(build.outDir, cases)).toEqual([]);
  });

  it('the about page carries the attributions the data licences ask for', () => {
    const html = (page(build.outDir, '/tentang/') ?? '').replace(/\s+/g, ' ');
    expect(html).toContain('CC BY-IGO 3.0');
    expect(html).toContain('tidak menyiratkan pengesahan resmi oleh PBB');
    expect(html).toContain('Keputusan Menteri Dalam Negeri No. 300.2.2-2138 Tahun 2025');
    expect(html).toContain('ODbL');
  });
});

describe('real content accessibility (axe, WCAG 2.2 AA)', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('every page in the sitemap has no violations', async () => {
    const tab = await browser.newPage({ bypassCSP: true });
    expect(await sweep(tab, site.url, sitemapPaths(build.outDir))).toEqual([]);
    await tab.close();
    // Generous: about 160 pages at several seconds each for axe on a busy machine.
  }, 900_000);

  it('every page reflows to 320 CSS pixels without horizontal scrolling (WCAG 1.4.10)', async () => {
    expect(await overflowingAt320(browser, site.url, sitemapPaths(build.outDir))).toEqual([]);
  }, 300_000);
});
