/**
 * Accessibility sweep: axe-core with the WCAG 2.2 A/AA rules over every URL in the
 * sitemap of the built fixture site (every page type and every region page) in the light
 * theme and its colour rules in the dark theme, one page of each type at 320 px with the
 * menu closed and open, the search page with results showing and with filters applied, the
 * search modal open, and the 404 page; then the design's behaviour in the browser (theme,
 * menu, print, reduced motion). One build, one browser, one server for all of it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, COLOUR_RULES, overflowingAt320, sitemapPaths, sweep } from '../helpers/axe.ts';
import { pageTypeSamples } from '../helpers/page-types.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';

const dist = inject('fixtureDist');
/** Every sitemap URL, plus the component gallery (kept out of the sitemap on purpose). */
const paths = [...sitemapPaths(dist), '/desain/'];
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
  it('every page in the sitemap (and the component gallery) has no violations, in the light theme', async () => {
    expect(paths.length).toBeGreaterThan(50);
    const page = await browser.newPage({ bypassCSP: true, colorScheme: 'light' });
    expect(await sweep(page, site.url, paths)).toEqual([]);
    await page.close();
    // Generous: axe takes seconds a page on a busy machine, and the site has many pages.
  }, 600_000);

  it('every page meets contrast in the dark theme too (the colour rules; structure does not change with the theme)', async () => {
    const page = await browser.newPage({ bypassCSP: true, colorScheme: 'dark' });
    expect(await sweep(page, site.url, paths, COLOUR_RULES)).toEqual([]);
    await page.close();
  }, 600_000);

  it('one page of each type at 320 px has no violations with the menu closed and open, in both themes', async () => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ bypassCSP: true, colorScheme, viewport: { width: 320, height: 640 } });
      for (const path of Object.values(pageTypeSamples(dist))) {
        await page.goto(`${site.url}${path}`);
        // The dark pass checks the colour rules only: structure does not change with the theme.
        const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
        for (const v of await axeViolations(page, rules)) problems.push(`${colorScheme} ${path} (menu tertutup) → ${v}`);
        await page.locator('.ri-menu > summary').click();
        expect(await page.locator('.ri-nav').isVisible(), path).toBe(true);
        for (const v of await axeViolations(page, rules)) problems.push(`${colorScheme} ${path} (menu terbuka) → ${v}`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

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

describe('design in the browser', () => {
  const CASE = '/studi-kasus/layanan-contoh/';
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('follows the system theme, and the toggle remembers the choice without a flash of the other theme', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    // Record the theme at the moment <body> is first created: before anything is painted.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'system';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${CASE}`);
    expect(await background(page)).toBe('rgb(17, 22, 27)');
    await page.setViewportSize({ width: 1280, height: 800 });
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.locator('[data-theme-toggle]').click();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await background(page)).toBe('rgb(17, 22, 27)');
    await context.close();
  });

  it('without JavaScript the theme follows the system and the toggle stays hidden', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${CASE}`);
    expect(await background(page)).toBe('rgb(17, 22, 27)');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await context.close();
  });

  it('on a phone the header is one row and the menu opens without JavaScript; on a wide screen the navigation shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${CASE}`);
    const header = await page.locator('.ri-header__inner').boundingBox();
    expect(header?.height).toBeLessThan(72);
    const navLink = page.locator('.ri-nav a[href="/panduan/"]');
    expect(await navLink.isVisible()).toBe(false);
    await page.locator('.ri-menu > summary').click();
    expect(await navLink.isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.ri-menu > summary').evaluate((s) => s.parentElement?.removeAttribute('open'));
    expect(await navLink.isVisible()).toBe(true);
    expect(await page.locator('.ri-menu > summary').isVisible()).toBe(false);
    await context.close();
  });

  it('prints without navigation, with link addresses, sources kept and tables unbroken', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/studi-kasus/inovasi-mdx/`);
    const printed = await page.evaluate(() => {
      const source = document.querySelector('.ri-sources a') as Element;
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
      return {
        header: style('.ri-header').display,
        footer: style('.ri-footer').display,
        sources: style('.ri-sources').display,
        after: getComputedStyle(source, '::after').content,
        href: source.getAttribute('href') ?? '',
      };
    });
    expect(printed.header).toBe('none');
    expect(printed.footer).toBe('none');
    expect(printed.sources).not.toBe('none');
    expect(printed.href).toMatch(/^https?:/);
    expect(printed.after).toContain(printed.href);
    await page.goto(`${site.url}${CASE}`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('table') as Element).breakInside)).toBe('avoid');
    await page.close();
  });

  it('respects reduced motion', async () => {
    const scrolling = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await browser.newPage({ reducedMotion });
      await page.goto(`${site.url}/`);
      const value = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      await page.close();
      return value;
    };
    expect(await scrolling('no-preference')).toBe('smooth');
    expect(await scrolling('reduce')).toBe('auto');
  });
});

describe('keyboard', () => {
  /** Tab through the page from the top; each stop once, with whether its focus is visible. */
  async function tabStops(page: Page): Promise<{ stops: string[]; invisible: string[]; expected: number }> {
    const expected = await page.evaluate(() =>
      // checkVisibility: not inside a closed <details> (content-visibility: hidden), not display: none.
      [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true })).length,
    );
    const stops: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < expected + 3; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const index = [...document.querySelectorAll('*')].indexOf(el);
        const where = el.closest('.ri-nav') ? 'nav ' : '';
        return { key: `${index}:${where}${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`, visible: el.matches(':focus-visible') && (outline || style.boxShadow !== 'none') };
      });
      if (!stop || stops.includes(stop.key)) break;
      stops.push(stop.key);
      if (!stop.visible) invisible.push(stop.key);
    }
    return { stops, invisible, expected };
  }

  it('on every page type, Tab alone reaches every link and control, and focus is always visible', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    for (const path of Object.values(pageTypeSamples(dist))) {
      await page.goto(`${site.url}${path}`);
      const { stops, invisible, expected } = await tabStops(page);
      if (stops.length < expected) problems.push(`${path}: ${stops.length} dari ${expected} elemen tercapai dengan Tab`);
      for (const stop of invisible) problems.push(`${path}: fokus tidak terlihat pada ${stop}`);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it('on a phone the menu opens from the keyboard and its links are reachable by Tab', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.url}/studi-kasus/layanan-contoh/`);
    const closed = await tabStops(page);
    expect(closed.stops.some((s) => s.includes(':nav a '))).toBe(false);
    expect(closed.stops.length).toBeGreaterThan(5);
    await page.focus('.ri-menu > summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ri-nav a[href="/panduan/"]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/studi-kasus/');
    await page.close();
  });
});

