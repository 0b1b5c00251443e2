/**
 * The search index of the built fixture site, read back through Pagefind's own script:
 * every content page is in it with the filters and metadata of its view, the filter
 * counts equal counts taken from the content, and the ranking puts title over summary
 * over body.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deriveStatus } from '../src/lib/sustainability.ts';
import { FIXTURE_BUILD_DATE } from './helpers/build.ts';
import { COLLECTIONS } from '../src/lib/collections.ts';
import { facetLabel, type Facet } from '../src/lib/search-facets.ts';
import { viewOf } from '../src/lib/views/index.ts';
import { facetViews, indexedSearchData } from '../src/lib/views/search.ts';
import { fixtureGraph } from './helpers/graph.ts';
import { loadIndex, resultsOf, type PageData, type PagefindApi } from './helpers/pagefind.ts';
import { fixtureEntries } from './helpers/site.ts';

const graph = fixtureGraph();
let pagefind: PagefindApi;
let pages: PageData[];

beforeAll(async () => {
  pagefind = await loadIndex(inject('fixtureDist'));
  pages = await resultsOf(pagefind, null);
});

/** A view's filters as the index keys them: facet name → texts. */
function labelled(filters: Partial<Record<Facet, { text: string }[]>>): Record<string, string[]> {
  return Object.fromEntries(
    (Object.entries(filters) as [Facet, { text: string }[]][]).map(([facet, values]) => [facetLabel(facet), values.map((v) => v.text).sort()]),
  );
}

describe('search index', () => {
  it('holds every published entry of every collection and the about page, nothing else', () => {
    const expected = [...COLLECTIONS.flatMap((c) => graph.list(c).map((n) => n.href)), '/tentang/'].sort();
    expect(pages.map((p) => p.url).sort()).toEqual(expected);
    expect(pages.some((p) => p.url.includes('draf-contoh'))).toBe(false);
  });

  it('gives each page the filters, metadata and sort keys of its view', () => {
    for (const collection of COLLECTIONS) {
      for (const node of graph.list(collection)) {
        const page = pages.find((p) => p.url === node.href);
        const { filters, meta } = viewOf(node, graph).search;
        expect(page, node.href).toBeDefined();
        const got = Object.fromEntries(Object.entries(page?.filters ?? {}).map(([k, v]) => [k, [...v].sort()]));
        expect(got, node.href).toEqual(labelled(filters));
        expect(page?.meta, node.href).toMatchObject({ title: node.title, ...meta });
      }
    }
  });

  it('has the case study facets of the issue, with the values of the content', () => {
    const page = pages.find((p) => p.url === '/studi-kasus/layanan-contoh/');
    expect(page?.filters).toEqual({
      'Jenis konten': ['Studi kasus'],
      'Kabupaten/kota': ['Kota Surabaya'],
      Tahun: ['2019'],
      Topik: ['Kesehatan'],
      'Urusan pemerintahan': ['Kesehatan'],
      Penghargaan: ['KIPP (KemenPAN-RB)'],
      'Peringkat penghargaan': ['KIPP (KemenPAN-RB) — Top 45'],
      'Status keberlanjutan': ['Berjalan'],
      'Digital atau nondigital': ['Digital'],
      Tahapan: ['Penerapan'],
      SDG: ['SDG 3'],
    });
    expect(page?.meta).toMatchObject({ jenis: 'Studi kasus', wilayah: 'Kota Surabaya', tahun: '2019', penghargaan: 'KIPP (KemenPAN-RB) Top 45 2020' });
  });

  it('counts each filter value as the views do', async () => {
    const expected = Object.fromEntries(
      facetViews(indexedSearchData(graph)).map((f) => [f.label, Object.fromEntries(f.values.map((v) => [v.text, v.count]))]),
    );
    expect(await pagefind.filters()).toEqual(expected);
  });

  it('counts types, awards and statuses as the content files do', async () => {
    const counts = await pagefind.filters();
    const published = fixtureEntries().filter((e) => !e.draft);
    const cases = published.filter((e) => e.collection === 'studi-kasus').map((e) => e.data as {
      penghargaan: { kompetisi: string }[];
      keberlanjutan?: { status: string };
    });
    expect(counts['Jenis konten']?.['Studi kasus']).toBe(cases.length);
    expect(counts['Jenis konten']?.['Wilayah']).toBe(38);
    expect(counts['Penghargaan']?.['KIPP (KemenPAN-RB)']).toBe(cases.filter((c) => c.penghargaan.some((a) => a.kompetisi === 'kipp')).length);
    // The status filter carries the status a reader sees: derived from evidence on the build date.
    const derived = cases.map((c) => deriveStatus(c.keberlanjutan as Parameters<typeof deriveStatus>[0], new Date(FIXTURE_BUILD_DATE)).key);
    expect(counts['Status keberlanjutan']?.['Berjalan']).toBe(derived.filter((k) => k === 'berjalan').length);
    expect(counts['Status keberlanjutan']?.['Vakum']).toBe(derived.filter((k) => k === 'vakum').length);
  });

  it('narrows results by a filter, with the count the filter shows', async () => {
    const all = await pagefind.search('uji');
    const sidoarjo = await resultsOf(pagefind, 'uji', { 'Kabupaten/kota': ['Kabupaten Sidoarjo'] });
    expect(sidoarjo.map((p) => p.url).sort()).toEqual(['/studi-kasus/budidaya-mangrove/', '/studi-kasus/kampung-pesisir/']);
    expect(all.filters['Kabupaten/kota']?.['Kabupaten Sidoarjo']).toBe(sidoarjo.length);
  });
});

describe('ranking', () => {
  const urls = async (term: string) => (await resultsOf(pagefind, term)).map((p) => p.url);

  it('puts a title match before a summary match before a body match', async () => {
    const order = (await urls('mangrove')).filter((u) => u.startsWith('/studi-kasus/'));
    expect(order).toEqual(['/studi-kasus/budidaya-mangrove/', '/studi-kasus/kampung-pesisir/', '/studi-kasus/pasar-ikan/']);
  });

  it('puts the page whose title is the query first', async () => {
    expect((await urls('kampung pesisir'))[0]).toBe('/studi-kasus/kampung-pesisir/');
    expect((await urls('layanan contoh'))[0]).toBe('/studi-kasus/layanan-contoh/');
  });

  it('does not let region, topic or organisation pages outrank a case by repeating its summary', async () => {
    const order = await urls('mangrove');
    expect(order.indexOf('/wilayah/kabupaten-sidoarjo/')).toBe(-1);
    expect(order.indexOf('/organisasi/dinas-contoh/')).toBe(-1);
  });

  it('sorts newest first by date when asked', async () => {
    const found = await pagefind.search('uji', { filters: { 'Jenis konten': ['Studi kasus'] }, sort: { tanggal: 'desc' } });
    const dates = (await Promise.all(found.results.map((r) => r.data()))).map((p) => p.url);
    expect(dates).toEqual([
      '/studi-kasus/layanan-contoh/',
      '/studi-kasus/replikasi-contoh/',
      '/studi-kasus/pasar-ikan/',
      '/studi-kasus/kampung-pesisir/',
      '/studi-kasus/budidaya-mangrove/',
      '/studi-kasus/inovasi-mdx/',
    ]);
  });
});
