/**
 * Size budgets of the built site (sizes are deterministic, so they are tested, not timed):
 * a case study's HTML plus CSS fits in the first round trip (14 KB gzip), and a first visit
 * to it without images stays under 50 KB compressed. Figures are printed for the record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { dom } from './helpers/html.ts';
import { page } from './helpers/site.ts';

const dist = inject('fixtureDist');
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** What a first visit downloads apart from images: the HTML and every stylesheet and script it links. */
function firstVisit(path: string): { html: number; css: number; js: number } {
  const doc = dom(dist, path);
  const local = (href: string | null) => readFileSync(join(dist, new URL(href ?? '', 'https://x.invalid').pathname));
  const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].reduce((sum, l) => sum + gz(local(l.getAttribute('href'))), 0);
  const js = [...doc.querySelectorAll('script[src]')].reduce((sum, s) => sum + gz(local(s.getAttribute('src'))), 0);
  return { html: gz(page(dist, path) ?? ''), css, js };
}

describe('budgets', () => {
  for (const path of ['/studi-kasus/layanan-contoh/', '/studi-kasus/inovasi-mdx/']) {
    it(`${path}: HTML + CSS ≤ 14 KB gzip; first visit without images < 50 KB`, () => {
      const size = firstVisit(path);
      console.log(`${path}: HTML ${size.html} B, CSS ${size.css} B, JS ${size.js} B (gzip)`);
      expect(size.js, 'no script file on a content page').toBe(0);
      expect(size.html + size.css).toBeLessThanOrEqual(14 * 1024);
      expect(size.html + size.css + size.js).toBeLessThan(50 * 1024);
    });
  }
});
