/**
 * The design system as built: the page script is the only script on content pages and
 * the CSP allows it by hash; the header's menu is a disclosure that needs no script; the
 * search spot and theme button are where other code expects them; colours come only from
 * tokens; cascade layers are declared once.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageScript } from '../src/integrations/page-script.ts';
import { dom } from './helpers/html.ts';
import { sitemapPaths } from './helpers/axe.ts';

const dist = inject('fixtureDist');
/** Content pages: every page in the sitemap except search (which loads Pagefind's UI). */
const contentPaths = sitemapPaths(dist).filter((p) => p !== '/cari/');

describe('page script', () => {
  const first = dom(dist, '/').querySelector('head script:not([type])')?.textContent ?? '';
  const moduleUrl = /import\("([^"]+)"\)/.exec(first)?.[1] ?? '';

  it('loads the enhancement module built into the site, by its hashed name, and calls what it exports', () => {
    expect(moduleUrl).toMatch(/^\/_astro\/ri\.[0-9a-f]{8}\.js$/);
    const module = readFileSync(join(dist, moduleUrl), 'utf8');
    // The bundle's one export clause, `export{a as activate,…}`: the names the page script may call.
    const exported = (/export\s*\{([^}]*)\}/.exec(module)?.[1] ?? '').split(',').map((e) => e.trim().split(/\s+as\s+/).at(-1));
    expect(exported.sort()).toEqual(['activate', 'highlight', 'openSearch']);
    for (const name of exported) expect(first, name).toContain(`.${name}(`);
  });

  it('is the only script on content pages: inline, classic, in <head>, under 1 KB, allowed by the CSP hash', () => {
    const script = pageScript(moduleUrl);
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(Buffer.byteLength(script)).toBeLessThan(1024);
    // Under a sub-path the module's URL is longer; the script must still fit.
    expect(Buffer.byteLength(pageScript(`/rumah-inovasi${moduleUrl}`))).toBeLessThan(1024);
    expect(contentPaths.length).toBeGreaterThan(50);
    for (const path of contentPaths) {
      const doc = dom(dist, path);
      const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.length, path).toBe(1);
      const [only] = scripts;
      expect(only?.parentElement?.tagName, path).toBe('HEAD');
      expect(only?.hasAttribute('src') || only?.hasAttribute('type') || only?.hasAttribute('defer'), path).toBe(false);
      expect(only?.textContent, path).toBe(script);
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(/script-src [^;]*/.exec(csp)?.[0], path).toContain(hash);
      expect(csp, path).not.toContain('unsafe-inline');
    }
  });
});

describe('header', () => {
  it('has the name, the search spot and a menu disclosure holding the navigation and the theme button', () => {
    for (const path of ['/', '/studi-kasus/', '/studi-kasus/layanan-contoh/', '/tentang/']) {
      const header = dom(dist, path).querySelector('header.ri-header');
      const row = header?.querySelector('.ri-header__inner');
      const children = [...(row?.children ?? [])];
      expect(children.map((c) => c.className.split(' ')[0]), path).toEqual(['ri-header__brand', 'ri-header__search', 'ri-menu']);
      expect(children[0]?.getAttribute('href')).toBe('/');
      expect(children[1]?.getAttribute('data-header-slot')).toBe('search');
      expect(children[1]?.querySelector('a[href="/cari/"], button')).not.toBeNull();
      const menu = children[2];
      expect(menu?.tagName).toBe('DETAILS');
      expect(menu?.hasAttribute('open')).toBe(false);
      expect(menu?.firstElementChild?.tagName).toBe('SUMMARY');
      const nav = menu?.querySelector('nav[aria-label]');
      expect(nav?.querySelectorAll('a[href]').length).toBeGreaterThanOrEqual(7);
      const toggle = nav?.querySelector('button[data-theme-toggle]');
      // Hidden by CSS until the page script has run (it sets data-theme): see the stylesheet test.
      expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    }
  });

  it('marks the current section in the navigation', () => {
    const current = dom(dist, '/studi-kasus/layanan-contoh/').querySelectorAll('.ri-nav a[aria-current="page"]');
    expect([...current].map((a) => a.getAttribute('href'))).toEqual(['/studi-kasus/']);
  });
});

describe('styles', () => {
  const source = readFileSync('src/styles/global.css', 'utf8');
  const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|oklab|lab|lch|hwb)\(|\b(?:white|black)\b(?!-)/gi;

  it('declares the cascade layers once, first', () => {
    const declarations = source.match(/@layer [a-z-]+(?:, [a-z-]+)+;/g) ?? [];
    expect(declarations).toEqual(['@layer reset, tokens, base, layout, components, vendor, utils, print;']);
    expect(source.indexOf(declarations[0] ?? '')).toBeLessThan(source.indexOf('{'));
  });

  it('has raw colour values only inside the tokens layer, in the site CSS and in every component style', () => {
    const start = source.indexOf('@layer tokens {');
    const end = source.indexOf('\n@layer base {');
    expect(start).toBeGreaterThan(0);
    const outside = source.slice(0, start) + source.slice(end);
    expect(outside.replace(/\/\*[\s\S]*?\*\//g, '').match(COLOUR) ?? []).toEqual([]);
    expect(source.slice(start, end).match(COLOUR)?.length).toBeGreaterThan(20);
    for (const dir of ['src/components', 'src/layouts', 'src/pages']) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'))) {
        const styles = [...readFileSync(join(dir, file), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
        expect(styles.match(COLOUR) ?? [], `${dir}/${file}`).toEqual([]);
      }
    }
  });

  it('the built stylesheet carries both themes, print rules and reduced motion', () => {
    const css = readdirSync(join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/color-scheme:\s*light dark/);
    expect(css).toMatch(/\[data-theme=("|')?dark\1?\]/);
    expect(css).toMatch(/light-dark\(/);
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/prefers-reduced-motion:\s*reduce/);
    // Buttons that need the page script stay hidden until it has set data-theme.
    expect(css).toMatch(/:root:not\(\[data-theme\]\) :is\(\[data-theme-toggle\],\s*\[data-copy\],\s*\.ri-sort\)[^{]*\{\s*display:\s*none/);
  });
});

describe('component gallery (/desain/)', () => {
  it('shows a swatch for every colour token and every component, and stays out of the sitemap and search engines', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const tokens = [...new Set([...css.matchAll(/--ri-color-([a-z0-9-]+):/g)].map((m) => m[1]))];
    const doc = dom(dist, '/desain/');
    const swatches = [...doc.querySelectorAll('[data-swatch]')].map((s) => s.getAttribute('data-swatch'));
    expect(swatches.sort()).toEqual(tokens.sort());
    for (const selector of ['.ri-facts', '.ri-keyfacts', '.ri-badge', '.ri-timeline', '.ri-card', '.ri-notice', 'table', '.ri-stats', '.ri-toc', '.ri-pagination', '.ri-search-form', '.ri-button', '.ri-tag', '.ri-status', '.ri-sources', '.ri-cite', '.ri-figure svg', 'a[rel~="external"]']) {
      expect(doc.querySelector(selector), selector).not.toBeNull();
    }
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(sitemapPaths(dist)).not.toContain('/desain/');
  });
});

describe('external links', () => {
  it('every link leaving the site, in components and in Markdown/MDX, has rel="external noopener noreferrer"', () => {
    let checked = 0;
    for (const path of [...sitemapPaths(dist), '/desain/']) {
      for (const a of dom(dist, path).querySelectorAll('a[href^="http"], a[href^="//"]')) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        expect(['external', 'noopener', 'noreferrer'].every((r) => rel.includes(r)), `${path} → ${a.getAttribute('href')}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
