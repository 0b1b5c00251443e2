/**
 * Search as a reader uses it, in a real Chromium against the built fixture site:
 * Indonesian inflections find their root word; filters narrow results with the count
 * they show; words, filters and sort live in a URL that reloads and steps back and
 * forward; the header's search opens a lazily loaded modal by mouse or keyboard alone,
 * focus returns on close; an opened result highlights the words; no CSP violation.
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

/**
 * A new page that records CSP violations (read them with {@link cspViolations}). Tall, so
 * every result is in view: Component UI loads a result's data only when it scrolls into view.
 */
async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return page;
}

/** Open a filter group of the filter pane (whatever its state). */
async function openGroup(page: Page, name: string): Promise<void> {
  await page.waitForSelector('pagefind-filter-pane details');
  await page.evaluate((label) => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('pagefind-filter-pane details')) {
      if (d.querySelector('summary')?.textContent?.includes(label)) d.open = true;
    }
  }, name);
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Result paths once results show (in the search page or the modal). */
async function resultLinks(page: Page, scope = ''): Promise<string[]> {
  await page.waitForSelector(`${scope} pagefind-results a[href]`, { timeout: 15_000 });
  return page.$$eval(`${scope} pagefind-results a.pf-result-link`, (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Wait until the results are exactly `paths` (in any order). */
async function waitForResults(page: Page, paths: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const got = [...document.querySelectorAll('pagefind-results a.pf-result-link')].map((a) => new URL((a as HTMLAnchorElement).href).pathname);
      return got.length === expected.length && expected.every((p) => got.includes(p));
    },
    paths,
    { timeout: 15_000 },
  );
}

const CASES = {
  layanan: '/studi-kasus/layanan-contoh/',
  mdx: '/studi-kasus/inovasi-mdx/',
  budidaya: '/studi-kasus/budidaya-mangrove/',
  pesisir: '/studi-kasus/kampung-pesisir/',
  pasar: '/studi-kasus/pasar-ikan/',
  replikasi: '/studi-kasus/replikasi-contoh/',
};

describe('search page', () => {
  it.each([
    ['perizinan', CASES.layanan],
    ['mengizinkan', CASES.layanan],
    ['berinovasi', CASES.mdx],
    ['pembudidaya', CASES.budidaya],
  ])('"%s" finds the page with its root word (Indonesian stemming)', async (word, expected) => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=${word}`);
    expect(await resultLinks(page)).toContain(expected);
    await page.close();
  });

  it('keeps the typed query in the URL so the search can be shared', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/`);
    await page.fill('pagefind-input input', 'kalimat khusus');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'kalimat khusus');
    expect(await resultLinks(page)).toContain(CASES.layanan);
    expect(await page.locator('[data-ri-search-error]').isHidden()).toBe(true);
    await page.close();
  });

  it('says so when the search index cannot be loaded, instead of a search box that never answers', async () => {
    const page = await newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${site.url}/cari/?q=izin`);
    const notice = page.locator('[data-ri-search] [data-ri-search-error]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('Pencarian tidak dapat dimuat saat ini. Muat ulang halaman');
    // The preview's hint is not part of the built site.
    expect(await notice.textContent()).not.toContain('npm run dev');
    await page.close();
  });

  it('the home page form sends the words to the search page', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/`);
    await page.fill('#cari-beranda', 'paparan');
    await page.click('main form[role="search"] button[type="submit"]');
    await page.waitForURL(/\/cari\/\?q=paparan/);
    expect(await resultLinks(page)).toContain('/materi/paparan-contoh/');
    await page.close();
  });

  it('shows each result with its type, region and year, status and award', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=perizinan`);
    await resultLinks(page);
    const result = page.locator('pagefind-results li.ri-result', { has: page.locator(`a[href^="${CASES.layanan}"]`) });
    expect(await result.locator('.ri-result__type').textContent()).toBe('Studi kasus');
    expect(await result.locator('.pf-result-link').textContent()).toBe('Layanan Contoh');
    expect(await result.locator('.pf-result-excerpt mark').first().textContent()).toBe('izin');
    expect(await result.locator('.ri-result__meta').textContent()).toBe('Kota Surabaya · 2019 · Berjalan');
    expect((await result.locator('.ri-result__award').textContent())?.replace(/\s+/g, ' ')).toBe('Penghargaan: KIPP (KemenPAN-RB) Top 45 2020');
    await page.close();
  });

  it('a filter narrows the results to the count it shows, and the URL carries it', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=uji`);
    await resultLinks(page);
    const option = page.locator('pagefind-filter-pane label', { hasText: 'Kabupaten Sidoarjo' });
    await openGroup(page, 'Kabupaten/kota');
    const shown = Number(await option.locator('.pf-filter-checkbox-count').textContent());
    await option.locator('input').check();
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitForResults(page, [CASES.budidaya, CASES.pesisir]);
    expect(shown).toBe(2);
    expect(new URL(page.url()).searchParams.getAll('wilayah')).toEqual(['kabupaten-sidoarjo']);
    expect(await page.locator('pagefind-summary').textContent()).toContain('2');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('a shared link with words, filters and sort reloads to the same results', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=uji&wilayah=kabupaten-sidoarjo&penghargaan=kipp`);
    await waitForResults(page, [CASES.budidaya]);
    await page.reload();
    await waitForResults(page, [CASES.budidaya]);
    expect(await page.inputValue('pagefind-input input')).toBe('uji');
    expect(await page.locator('pagefind-filter-pane input[value="Kabupaten Sidoarjo"]').isChecked()).toBe(true);
    await page.goto(`${site.url}/cari/?q=uji&jenis=studi-kasus&urut=terbaru`);
    expect(await page.inputValue('#urut')).toBe('terbaru');
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results a.pf-result-link').length === 6); // the fixture cases with "uji"
    expect(await resultLinks(page)).toEqual([CASES.layanan, CASES.replikasi, CASES.pasar, CASES.pesisir, CASES.budidaya, CASES.mdx]);
    await page.close();
  });

  it('lists the pages matching a filter when there are no words', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?status=vakum`);
    await waitForResults(page, [CASES.budidaya]);
    await page.close();
  });

  it('back and forward step through filter and sort changes', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=uji&jenis=studi-kasus`);
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results a.pf-result-link').length === 6);
    await openGroup(page, 'Status keberlanjutan');
    await page.locator('pagefind-filter-pane input[value="Vakum"]').check();
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitForResults(page, [CASES.budidaya]);
    await page.selectOption('#urut', 'terbaru');
    await page.waitForURL(/urut=terbaru/);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('urut') && u.searchParams.get('status') === 'vakum');
    expect(await page.inputValue('#urut')).toBe('relevan');
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('status'));
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results a.pf-result-link').length === 6);
    expect(await page.locator('pagefind-filter-pane input[value="Vakum"]').isChecked()).toBe(false);
    await page.goForward();
    await waitForResults(page, [CASES.budidaya]);
    await page.close();
  });

  it('announces the number of results to screen readers (aria-live)', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live]');
          const text = region?.textContent?.trim();
          if (text) heard.push(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${site.url}/cari/?q=mangrove`);
    await resultLinks(page);
    await page.waitForFunction(() => (window as unknown as { heard: string[] }).heard.some((t) => /^Ditemukan \d+ hasil untuk mangrove$/.test(t)));
    await page.close();
  });

  it('renders the first 20 results, shows more on request, and counts them all', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=kabupaten`);
    await resultLinks(page);
    const summary = (await page.locator('pagefind-summary').textContent()) ?? '';
    const total = Number(/Ditemukan (\d+) hasil/.exec(summary)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('pagefind-results li').count()).toBe(20);
    await page.click('[data-ri-more]');
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results li').length === n, Math.min(total, 40));
    expect(await page.locator('[data-ri-more]').isHidden()).toBe(total <= 40);
    await page.close();
  });

  it('does not find drafts', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=rahasia`);
    await page.waitForFunction(() => (document.querySelector('pagefind-summary')?.textContent ?? '').trim() !== '');
    const links = await page.$$eval('pagefind-results a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.filter((href) => href.includes('draf-contoh'))).toEqual([]);
    await page.close();
  });

  it('works under the Content Security Policy without a single violation', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/cari/?q=perizinan`);
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(await resultLinks(page)).toContain(CASES.layanan);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('search from every page', () => {
  it('loads no search code until the reader opens search', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}${CASES.layanan}`);
    await page.waitForLoadState('networkidle');
    const searchCode = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/') || /search-modal|pagefind-sort|search\./.test(p));
    expect(searchCode(requests)).toEqual([]);
    await page.click('[data-ri-search-open]');
    await page.waitForSelector('dialog.pf-modal[open] pagefind-input input');
    expect(searchCode(requests).length).toBeGreaterThan(0);
    await page.close();
  });

  it('is usable by keyboard alone: "/" opens, arrows reach a result, Enter opens it with the words highlighted', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/tentang/`);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.pf-modal[open]');
    await page.waitForFunction(() => document.activeElement?.matches('dialog.pf-modal input') === true);
    await page.keyboard.type('mangrove');
    expect((await resultLinks(page, 'dialog.pf-modal'))[0]).toBe(CASES.budidaya);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.matches('dialog.pf-modal a.pf-result-link') === true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === CASES.budidaya && u.searchParams.get('sorot') === 'mangrove');
    await page.waitForSelector('mark.pagefind-highlight');
    expect((await page.$$eval('mark.pagefind-highlight', (ms) => ms.map((m) => m.textContent?.toLowerCase()))).every((t) => t === 'mangrove')).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('Enter on the header entry opens the modal; Escape closes it and focus returns to the entry', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/studi-kasus/`, { waitUntil: 'networkidle' });
    await page.focus('[data-ri-search-open]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.pf-modal[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.pf-modal:not([open])', { state: 'attached' });
    await page.waitForFunction(() => document.activeElement?.matches('[data-ri-search-open]') === true);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('Ctrl+K opens the modal from anywhere in the page; Escape returns focus to where it was', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/studi-kasus/`, { waitUntil: 'networkidle' });
    await page.focus('main a[href]');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.pf-modal[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.pf-modal:not([open])', { state: 'attached' });
    await page.waitForFunction((href) => (document.activeElement as HTMLAnchorElement | null)?.href === href, focused);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('the modal speaks Indonesian and links to the full search page with the words', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/`);
    await page.click('[data-ri-search-open]');
    await page.waitForSelector('dialog.pf-modal[open]');
    expect(await page.getAttribute('dialog.pf-modal', 'aria-label')).toBe('cari');
    expect(await page.getAttribute('dialog.pf-modal input', 'placeholder')).toBe('misalnya: stunting, akta kelahiran, sampah');
    await page.keyboard.type('izin');
    await resultLinks(page, 'dialog.pf-modal');
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>('[data-ri-cari-full]')?.href.endsWith('/cari/?q=izin'));
    expect(await page.locator('dialog.pf-modal [data-ri-search-error]').isHidden()).toBe(true);
    await page.close();
  });

  it('the modal says so when the search index cannot be loaded', async () => {
    const page = await newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${site.url}/`);
    await page.click('[data-ri-search-open]');
    await page.waitForSelector('dialog.pf-modal[open]');
    const notice = page.locator('dialog.pf-modal [data-ri-search-error]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('Pencarian tidak dapat dimuat saat ini.');
    await page.close();
  });

  it('without JavaScript, the header entry is a link to /cari/, which explains itself and links to browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute('[data-ri-search-open]', 'href')).toBe('/cari/');
    await page.click('[data-ri-search-open]');
    await page.waitForURL(/\/cari\/$/);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('[data-ri-search]').isHidden()).toBe(true);
    const browse = await page.$$eval('[data-list="telusur"] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(browse).toEqual(['/studi-kasus/', '/wilayah/', '/topik/', '/tahun/', '/penghargaan/', '/status/']);
    await page.click('a[href="/penghargaan/"]');
    await page.click('a[href="/penghargaan/kipp/"]');
    const cases = await page.$$eval('main .ri-card a', (as) => as.map((a) => a.getAttribute('href')));
    expect(cases).toEqual(expect.arrayContaining([CASES.layanan, CASES.budidaya]));
    await context.close();
  });
});

describe('enhancements loaded on demand by the page script', () => {
  const enhancementModule = (paths: string[]) => paths.filter((p) => /^\/_astro\/ri\.[0-9a-f]{8}\.js$/.test(p));

  it('a citation copy button copies its text and says so; the module is fetched only on the click', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}${CASES.layanan}`, { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);
    await page.click('button[data-copy="kutip-apa"]');
    await page.waitForFunction(() => (document.querySelector('[data-copy-status]')?.textContent ?? '') !== '');
    expect(await page.textContent('[data-copy-status]')).toBe('Kutipan APA disalin ke papan klip.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.textContent('#kutip-apa'));
    expect(enhancementModule(requests)).toHaveLength(1);
    await context.close();
  });

  it('a sortable table shows sort buttons in its headings that sort the rows; the module is fetched on the first press', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // The readiness table, sortable, on the tracker's list of it (the tracker shows a preview).
    await page.goto(`${site.url}/keberlanjutan/kesiapan/`, { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);
    const table = page.locator('table[data-sortable]').first();
    await table.locator('thead th button').first().waitFor();
    expect(await table.locator('thead th .ri-sort-label').first().isVisible()).toBe(false);
    // The key each row sorts by: the first cell's data-sort, or its text.
    const firstColumn = () =>
      table.locator('tbody tr > :first-child').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['sort'] ?? c.textContent ?? ''));
    const before = await firstColumn();
    await table.locator('thead th button').first().click();
    await page.waitForSelector('table[data-sortable] thead th[aria-sort="ascending"]');
    expect(enhancementModule(requests)).toHaveLength(1);
    const ascending = await firstColumn();
    expect([...ascending].sort((a, b) => a.localeCompare(b, 'id'))).toEqual(ascending);
    expect([...ascending].sort()).toEqual([...before].sort());
    await table.locator('thead th button').first().click();
    await page.waitForSelector('table[data-sortable] thead th[aria-sort="descending"]');
    expect(await firstColumn()).toEqual([...ascending].reverse());
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
