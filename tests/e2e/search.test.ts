/**
 * Search as a reader uses it, in a real Chromium against the built fixture site:
 * Indonesian inflections find their root word, the query lives in a shareable URL,
 * and the home page's form lands on the results.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(inject('fixtureDist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function resultLinks(page: Page): Promise<string[]> {
  await page.waitForSelector('pagefind-results a[href]', { timeout: 15_000 });
  return page.$$eval('pagefind-results a[href]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search page', () => {
  it('finds "izin" when the reader types "perizinan" (Indonesian stemming)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/cari/?q=perizinan`);
    expect(await resultLinks(page)).toContain('/studi-kasus/layanan-contoh/');
    await page.close();
  });

  it('keeps the typed query in the URL so the search can be shared', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/cari/`);
    await page.fill('pagefind-input input', 'kalimat khusus');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'kalimat khusus');
    expect(await resultLinks(page)).toContain('/studi-kasus/layanan-contoh/');
    await page.close();
  });

  it('the home page form sends the words to the search page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await page.fill('#cari-beranda', 'paparan');
    await page.click('form[role="search"] button[type="submit"]');
    await page.waitForURL(/\/cari\/\?q=paparan/);
    expect(await resultLinks(page)).toContain('/materi/paparan-contoh/');
    await page.close();
  });

  it('works under the Content Security Policy without a single violation', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${site.url}/cari/?q=perizinan`);
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(await resultLinks(page)).toContain('/studi-kasus/layanan-contoh/');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.close();
  });

  it('does not find drafts', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/cari/?q=rahasia`);
    await page.waitForSelector('pagefind-summary', { state: 'attached' });
    await page.waitForFunction(() => (document.querySelector('pagefind-summary')?.textContent ?? '').trim() !== '');
    const links = await page.$$eval('pagefind-results a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.filter((href) => href.includes('draf-contoh'))).toEqual([]);
    await page.close();
  });
});
