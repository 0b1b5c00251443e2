/**
 * Long lists are paginated (issue: the site graph and views): the case-study list, and a
 * region's, a topic's and an organisation's related entries run over numbered pages with
 * previous/next links in the page and `rel="prev"`/`"next"` in the head, and following the
 * pages reaches every entry exactly once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PAGE_SIZE } from '../src/lib/pagination.ts';
import { PREVIEW_SIZE } from '../src/lib/views/long-lists.ts';
import { dom, links, listPages, section, tableRows, text } from './helpers/html.ts';
import { SHARED, SYNTHETIC_CASES } from './helpers/paginated-corpus.ts';

const dist = inject('paginatedDist');
const caseCount = readdirSync(join(dist, 'studi-kasus'), { withFileTypes: true }).filter(
  (d) => d.isDirectory() && !/^\d+$/.test(d.name),
).length;

/** Follow `rel="next"` from `start`, collecting the entry links of `selector` on every page. */
function walk(start: string, selector: string): { pages: string[]; entries: string[] } {
  const pages: string[] = [];
  const entries: string[] = [];
  let path: string | undefined = start;
  while (path && pages.length < 50) {
    const doc = dom(dist, path);
    pages.push(path);
    entries.push(...links(doc.querySelector(selector) ?? undefined).filter((h) => h.startsWith('/studi-kasus/')));
    path = doc.querySelector('link[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return { pages, entries };
}

describe('pagination', () => {
  it('splits the case-study list into pages of 50 that reach every case once', () => {
    expect(caseCount).toBeGreaterThan(SYNTHETIC_CASES);
    const { pages, entries } = walk('/studi-kasus/', 'main .ri-grid');
    expect(pages).toEqual(['/studi-kasus/', '/studi-kasus/2/', '/studi-kasus/3/'].slice(0, Math.ceil(caseCount / PAGE_SIZE)));
    expect(entries).toHaveLength(caseCount);
    expect(new Set(entries).size).toBe(caseCount);
  });

  it('links numbered pages, marks the current one, and links back', () => {
    const second = dom(dist, '/studi-kasus/2/');
    const nav = second.querySelector('nav.ri-pagination');
    expect(text(nav?.querySelector('[aria-current="page"]'))).toMatch(/^2/);
    expect(links(nav ?? undefined)).toEqual(expect.arrayContaining(['/studi-kasus/', '/studi-kasus/3/']));
    expect(second.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe('/studi-kasus/');
    expect(text(second.querySelector('title'))).toContain('(halaman 2)');
    expect(dom(dist, '/studi-kasus/').querySelector('link[rel="prev"]')).toBeNull();
  });

  it('paginates a region, a topic and an organisation with many case studies', () => {
    for (const start of [`/wilayah/${SHARED.regionSlug}/`, `/topik/${SHARED.topic}/`, `/organisasi/${SHARED.organisation}/`]) {
      const { pages, entries } = walk(start, '[data-group="studi-kasus"], [data-group="grup-studi-kasus"]');
      expect(pages.length, start).toBeGreaterThan(1);
      expect(new Set(entries).size, start).toBe(entries.length);
      // Only the first page of an entry is indexed for search.
      expect(dom(dist, pages[0] as string).querySelector('[data-pagefind-body]'), start).not.toBeNull();
      expect(dom(dist, pages[1] as string).querySelector('[data-pagefind-body]'), start).toBeNull();
    }
  });

  it('splits the long lists of the overview pages over pages that reach every item once', () => {
    const rowsOf = (doc: Document) => [...doc.querySelectorAll('[data-daftar] tbody tr')];
    const countOf = (doc: Document) => Number(/^([\d.]+)/.exec(text(doc.querySelector('[data-jumlah]')))?.[1]?.replace(/\./g, ''));
    // Readiness: one row per case study, each case once.
    const readiness = listPages(dist, '/keberlanjutan/kesiapan/');
    expect(readiness.length).toBe(Math.ceil(caseCount / PAGE_SIZE));
    const cases = readiness.flatMap(({ doc }) => rowsOf(doc).map((tr) => tr.querySelector('a')?.getAttribute('href')));
    expect(new Set(cases).size).toBe(caseCount);
    expect(readiness.every(({ doc }) => doc.querySelector('#tabel-kesiapan[data-sortable]'))).toBe(true);
    // Histories: each innovation's once, as many as the list says.
    const histories = listPages(dist, '/keberlanjutan/riwayat/');
    const blocks = histories.flatMap(({ doc }) => [...doc.querySelectorAll('[data-riwayat]')].map((b) => b.getAttribute('data-riwayat')));
    expect(histories.length).toBeGreaterThan(1);
    expect(new Set(blocks).size).toBe(blocks.length);
    expect(blocks.length).toBe(countOf(histories[0]?.doc as Document));
    // Awards, to innovations and in one region: every row, PAGE_SIZE a page.
    for (const start of ['/penghargaan/penerima/inovasi/', `/wilayah/${SHARED.regionSlug}/penghargaan/`]) {
      const pages = listPages(dist, start);
      expect(pages.length, start).toBeGreaterThan(1);
      expect(pages.every(({ doc }) => rowsOf(doc).length <= PAGE_SIZE), start).toBe(true);
      expect(pages.flatMap(({ doc }) => rowsOf(doc)).length, start).toBe(countOf(pages[0]?.doc as Document));
      expect(pages[1]?.doc.querySelector('link[rel="prev"]')?.getAttribute('href'), start).toBe(start);
    }
  });

  it('previews each long list on its overview page and links the whole list', () => {
    const more = (doc: Document, id: string) => section(doc, id)?.querySelector('[data-selengkapnya] a')?.getAttribute('href');
    const tracker = dom(dist, '/keberlanjutan/');
    expect(more(tracker, 'kesiapan')).toBe('/keberlanjutan/kesiapan/');
    expect(tableRows(section(tracker, 'kesiapan'))).toHaveLength(PREVIEW_SIZE);
    expect(more(tracker, 'riwayat')).toBe('/keberlanjutan/riwayat/');
    expect(section(tracker, 'riwayat')?.querySelectorAll('[data-riwayat]')).toHaveLength(PREVIEW_SIZE);
    const awards = dom(dist, '/penghargaan/');
    expect(awards.querySelector('[data-penerima="inovasi"] [data-selengkapnya] a')?.getAttribute('href')).toBe('/penghargaan/penerima/inovasi/');
    expect(tableRows(awards.querySelector('[data-penerima="inovasi"]') ?? undefined)).toHaveLength(PREVIEW_SIZE);
    const region = dom(dist, `/wilayah/${SHARED.regionSlug}/`);
    expect(more(region, 'penghargaan-wilayah')).toBe(`/wilayah/${SHARED.regionSlug}/penghargaan/`);
    expect(tableRows(section(region, 'penghargaan-wilayah'))).toHaveLength(PREVIEW_SIZE);
  });

  it('keeps every list page well under 200 KB', () => {
    const big = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .filter((f) => statSync(join(dist, f)).size > 200 * 1024);
    expect(big).toEqual([]);
  });
});
