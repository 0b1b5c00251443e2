/**
 * What a first visit to a built page downloads, compressed: the HTML and every stylesheet
 * and script file it links (images left out), gzip level 9 as static hosts serve it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { page } from './site.ts';

/** The budgets of issue 10: HTML + CSS in the first round trip, a first visit without images. */
export const BUDGET = { htmlAndCss: 14 * 1024, firstVisit: 50 * 1024 };

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Compressed bytes of a page's HTML, its stylesheets and its script files. */
export function firstVisit(dist: string, path: string): { html: number; css: number; js: number } {
  const html = page(dist, path);
  if (html === undefined) throw new Error(`Halaman ${path} tidak dibangun.`);
  const { document } = parseHTML(html);
  const local = (href: string | null) => readFileSync(join(dist, new URL(href ?? '', 'https://x.invalid').pathname));
  const css = [...document.querySelectorAll('link[rel="stylesheet"]')].reduce((sum, l) => sum + gz(local(l.getAttribute('href'))), 0);
  const js = [...document.querySelectorAll('script[src]')].reduce((sum, s) => sum + gz(local(s.getAttribute('src'))), 0);
  return { html: gz(html), css, js };
}

/** Lines for every page over budget (empty when all fit). */
export function overBudget(dist: string, paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const s = firstVisit(dist, path);
    const problems: string[] = [];
    if (s.js > 0) problems.push(`${path}: ${s.js} B skrip (halaman konten tidak boleh memuat berkas skrip)`);
    if (s.html + s.css > BUDGET.htmlAndCss) problems.push(`${path}: HTML + CSS ${s.html + s.css} B > ${BUDGET.htmlAndCss} B`);
    if (s.html + s.css + s.js >= BUDGET.firstVisit) problems.push(`${path}: kunjungan pertama ${s.html + s.css + s.js} B ≥ ${BUDGET.firstVisit} B`);
    return problems;
  });
}
