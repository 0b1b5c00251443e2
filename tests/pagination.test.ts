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
import { dom, links, text } from './helpers/html.ts';
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

  it('keeps every list page well under 200 KB', () => {
    const big = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .filter((f) => statSync(join(dist, f)).size > 200 * 1024);
    expect(big).toEqual([]);
  });
});
