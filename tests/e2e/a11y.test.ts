/**
 * Accessibility sweep: axe-core with the WCAG 2.2 A/AA rules over every URL in the
 * sitemap of the built fixture site (every page type and every region page), plus the
 * search page with results showing and with filters applied, the search modal open, and
 * the 404 page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, overflowingAt320, sitemapPaths, sweep } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';

const dist = inject('fixtureDist');
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

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('every page in the sitemap has no violations', async () => {
    const paths = sitemapPaths(dist);
    expect(paths.length).toBeGreaterThan(50);
    const page = await browser.newPage({ bypassCSP: true });
    expect(await sweep(page, site.url, paths)).toEqual([]);
    await page.close();
    // Generous: axe takes seconds a page on a busy machine, and the site has 66 pages.
  }, 420_000);

  it('the search page with results has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${site.url}/cari/?q=layanan`);
    await page.waitForSelector('pagefind-results a[href]');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the search page with filters applied has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${site.url}/cari/?q=uji&wilayah=kabupaten-sidoarjo&urut=terbaru`);
    await page.waitForSelector('pagefind-results a[href]');
    await page.waitForSelector('pagefind-filter-pane input:checked');
    await page.evaluate(() => document.querySelectorAll('pagefind-filter-pane details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the search modal, open with results, has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${site.url}/studi-kasus/`);
    await page.click('[data-ri-search-open]');
    await page.waitForSelector('dialog.pf-modal[open] input');
    await page.keyboard.type('layanan');
    await page.waitForSelector('dialog.pf-modal pagefind-results a[href]');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the 404 page has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const response = await page.goto(`${site.url}/tidak-ada/`);
    expect(response?.status()).toBe(404);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('every page reflows to 320 CSS pixels without horizontal scrolling (WCAG 1.4.10)', async () => {
    expect(await overflowingAt320(browser, site.url, sitemapPaths(dist))).toEqual([]);
  }, 120_000);

  it('no page breaks its own Content Security Policy', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations: string[] = [];
    let current = '';
    page.on('console', (m) => {
      if (m.text().startsWith('CSP:')) violations.push(`${current} → ${m.text()}`);
    });
    for (const path of [...sitemapPaths(dist), '/cari/?q=layanan']) {
      current = path;
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    // The detector itself works: an injected inline script must be reported.
    current = 'self-check';
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
    await page.waitForTimeout(200);
    expect(violations.some((v) => v.startsWith('self-check → CSP: script-src'))).toBe(true);
    await page.close();
  }, 120_000);

  it('the check itself catches a violation (an image without alt text)', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.setContent('<html lang="id"><head><title>Uji</title></head><body><main><img src="x.png"></main></body></html>');
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
    await page.close();
  });
});
