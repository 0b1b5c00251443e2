import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../../tests/helpers/graph.ts';
import { feedItems, homeView, rankByCases, regionIndexView } from './home.ts';
import { cardsOf, viewOf } from './index.ts';
import { regroup } from './common.ts';

const graph = fixtureGraph();
const node = <C extends Parameters<typeof graph.get>[0]['collection']>(collection: C, id: string) => graph.get({ collection, id });

describe('case study view', () => {
  const view = viewOf(node('studi-kasus', 'layanan-contoh'), graph);

  it('has one fact row per filled-in field, in order, resolved and labelled', () => {
    expect(view.facts.map((r) => [r.key, r.label, r.values.map((v) => v.text).join(', '), r.note])).toEqual([
      ['lembaga', 'Lembaga pelaksana', 'Dinas Kesehatan Kota Contoh', undefined],
      ['kabupaten_kota', 'Kabupaten/kota', 'Kota Surabaya', undefined],
      ['tahapan', 'Tahapan', 'Penerapan', undefined],
      ['jenis', 'Jenis', 'Digital', undefined],
      ['bentuk', 'Bentuk', 'Pelayanan publik', undefined],
      ['inisiator', 'Inisiator', 'Perangkat daerah', undefined],
      ['tanggal_uji_coba', 'Mulai uji coba', '2019', undefined],
      ['tanggal_penerapan', 'Mulai penerapan', 'Mei 2019', undefined],
      ['status', 'Status', 'Berjalan', '(bukti terbaru: Juni 2025)'],
      ['urusan', 'Urusan pemerintahan', 'Kesehatan', undefined],
      ['topik', 'Topik', 'Kesehatan', undefined],
      ['sdgs', 'Tujuan Pembangunan Berkelanjutan (SDGs)', 'SDG 3', undefined],
      ['nilai_cettar', 'Nilai CETTAR', 'Cepat', undefined],
    ]);
    expect(view.facts[0]?.values[0]?.href).toBe('/organisasi/dinas-contoh/');
    expect(view.facts[7]?.values[0]?.datetime).toBe('2019-05');
  });

  it('leaves out rows of fields that are empty', () => {
    const mdx = viewOf(node('studi-kasus', 'inovasi-mdx'), graph);
    const keys = mdx.facts.map((r) => r.key);
    expect(keys).not.toContain('tahapan');
    expect(mdx.facts.every((r) => r.values.length > 0)).toBe(true);
    expect(mdx.awards).toBeUndefined();
  });

  it('builds the awards and results tables, the sustainability section and replications', () => {
    expect(view.awards?.rows.map((r) => r.map((c) => c.values.map((v) => v.text).join('')))).toEqual([
      ['2020', 'KIPP (KemenPAN-RB)', 'Top 45', ''],
    ]);
    expect(view.results?.rows.map((r) => r.map((c) => c.values.map((v) => v.text).join('')))).toEqual([
      ['Waktu layanan', '14 hari', '2,5 hari', 'Klaim pemerintah daerah', 'Sumber'],
    ]);
    expect(view.results?.rows[0]?.[4]?.values[0]).toEqual({ text: 'Sumber', href: 'https://contoh.go.id/hasil', external: true });
    expect(view.sustainability?.facts.map((r) => r.key)).toEqual(['status', 'diperiksa', 'bukti_terbaru', 'dasar_hukum']);
    expect(view.sustainability?.stale).toBe(false);
    expect(view.sustainability?.history).toEqual([
      { date: { text: 'Juni 2025', datetime: '2025-06' }, status: 'Berjalan', note: undefined, evidence: { text: 'Sumber', href: 'https://contoh.go.id/status', external: true } },
    ]);
    expect(view.replications).toEqual([
      {
        place: { text: 'Kabupaten Pacitan', href: '/wilayah/kabupaten-pacitan/' },
        detail: 'Kabupaten Pacitan',
        by: 'Dinas Kesehatan Pacitan',
        date: undefined,
        adapted: undefined,
        evidence: { text: 'Sumber', href: 'https://contoh.go.id/replikasi', external: true },
      },
    ]);
    expect(view.attachments).toEqual([{ link: { text: 'Bahan paparan', href: '/berkas/contoh.pdf' }, format: 'PDF', size: undefined, local: true }]);
  });

  it('has award badges, a timeline oldest first, and related content saying what it shares', () => {
    expect(view.badges).toEqual([{ label: 'KIPP (KemenPAN-RB) 2020: Top 45', href: undefined }]);
    expect(view.timeline.map((i) => [i.kind, i.date.text, i.label, i.evidence?.href])).toEqual([
      ['trial', '2019', 'Uji coba dimulai', undefined],
      ['launch', 'Mei 2019', 'Penerapan dimulai', undefined],
      ['award', '2020', 'KIPP (KemenPAN-RB): Top 45', undefined],
      ['status', 'Juni 2025', 'Status: Berjalan', 'https://contoh.go.id/status'],
    ]);
    expect(view.related.map((r) => [r.href, r.collection, r.meta])).toEqual([
      ['/panduan/panduan-contoh/', 'Panduan', ['Panduan ini merujuk studi kasus ini']],
      ['/materi/paparan-contoh/', 'Materi narasumber', ['Topik sama: Kesehatan']],
    ]);
  });

  it('flags stale evidence', () => {
    const mdx = viewOf(node('studi-kasus', 'inovasi-mdx'), graph);
    expect(mdx.sustainability?.stale).toBe(true);
    expect(mdx.facts.find((r) => r.key === 'status')?.note).toBe('(bukti terbaru: 2018; perlu dikonfirmasi)');
  });

  it('has its card, feed item, search data, citation and structured data', () => {
    expect(view.card).toEqual({
      href: '/studi-kasus/layanan-contoh/',
      title: 'Layanan Contoh',
      meta: ['Kota Surabaya', 'Berjalan', 'Ilustrasi'],
      summary: 'Studi kasus uji untuk memeriksa bahwa setiap kolom tampil di halaman.',
    });
    expect(view.feed).toMatchObject({ title: 'Layanan Contoh', link: '/studi-kasus/layanan-contoh/', categories: ['Studi kasus'] });
    expect(view.search.filters).toEqual({
      jenis: ['Studi kasus'],
      wilayah: ['Kota Surabaya'],
      tahun: ['2019'],
      topik: ['Kesehatan'],
      urusan: ['Kesehatan'],
      penghargaan: ['KIPP (KemenPAN-RB)'],
      status: ['Berjalan'],
      digital: ['Digital'],
      tahapan: ['Penerapan'],
      sdg: ['SDG 3'],
    });
    expect(view.citation).toBe(
      'Rumah Inovasi Jawa Timur. (27 November 2026). Layanan Contoh. Pemerintah Provinsi Jawa Timur. https://rumahinovasi.jatimprov.go.id/studi-kasus/layanan-contoh/',
    );
    expect(view.structuredData).toMatchObject({ '@type': 'Article', headline: 'Layanan Contoh', spatialCoverage: { name: 'Kota Surabaya' } });
    expect(view.breadcrumbs).toEqual([{ label: 'Studi kasus', href: '/studi-kasus/' }, { label: 'Layanan Contoh' }]);
  });
});

describe('other views', () => {
  it('material: kind, speakers, event, date, then publication dates', () => {
    const view = viewOf(node('materi', 'paparan-contoh'), graph);
    expect(view.facts.map((r) => r.key)).toEqual(expect.arrayContaining(['jenis', 'narasumber', 'tanggal', 'diterbitkan']));
    expect(view.facts.find((r) => r.key === 'narasumber')?.values[0]?.href).toBe('/narasumber/narasumber-contoh/');
  });

  it('guide: owner, level, related links and change history', () => {
    const view = viewOf(node('panduan', 'panduan-contoh'), graph);
    expect(view.facts.find((r) => r.key === 'pemilik')?.values).toEqual([{ text: expect.any(String), href: '/organisasi/pemprov-contoh/' }]);
    expect(view.changes.map((c) => c.note)).toContain('Versi pertama.');
    expect(view.structuredData['@type']).toBe('Article');
  });

  it('event: its materials, found through the reverse index', () => {
    const view = viewOf(node('acara', 'lokakarya-contoh'), graph);
    expect(view.related).toEqual([{ id: 'materi-acara', label: 'Materi dalam acara ini', links: [expect.objectContaining({ href: '/materi/paparan-contoh/' })] }]);
    expect(view.structuredData['@type']).toBe('Event');
  });

  it('person: materials and events', () => {
    const view = viewOf(node('orang', 'narasumber-contoh'), graph);
    expect(view.related.map((g) => g.id)).toEqual(['materi', 'acara']);
  });

  it('region: case studies as cards, then organisations, flat for pagination', () => {
    const view = viewOf(node('wilayah', '3578'), graph);
    expect(view.caseCount).toBe(1);
    expect(view.items.map((i) => [i.group, i.link.href, i.card !== undefined])).toEqual([
      ['studi-kasus', '/studi-kasus/layanan-contoh/', true],
      ...view.items.filter((i) => i.group === 'organisasi').map((i) => ['organisasi', i.link.href, false]),
    ]);
    expect(view.facts.map((r) => [r.key, r.values[0]?.text])).toEqual([
      ['jenis', 'Kota'],
      ['kode', '3578'],
    ]);
  });

  it('topic: everything tagged, grouped by type in a fixed order', () => {
    const view = viewOf(node('topik', 'kesehatan'), graph);
    const groups = regroup(view.items).map((g) => g.id);
    expect(groups[0]).toBe('grup-studi-kasus');
    expect(new Set(groups).size).toBe(groups.length);
  });

  it('organisation: what it runs', () => {
    const view = viewOf(node('organisasi', 'dinas-contoh'), graph);
    expect(view.items.filter((i) => i.group === 'studi-kasus').map((i) => i.link.href)).toContain('/studi-kasus/layanan-contoh/');
  });
});

describe('site-wide views', () => {
  it('home: figures, newest cases, and ways in ranked by count', () => {
    const home = homeView(graph);
    expect(home.caseTotal).toBe(2);
    expect(home.latest.map((c) => c.href)).toEqual(graph.list('studi-kasus').map((n) => n.href));
    expect(home.regions.every((r) => r.count > 0)).toBe(true);
    expect(home.types.find((t) => t.href === '/studi-kasus/')?.count).toBe(2);
  });

  it('ranks by count, then by name, leaving out zero', () => {
    const ranked = rankByCases(graph, graph.list('topik'), 'topik');
    const counts = ranked.map((r) => r.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it('region index: 38 regions in two groups with their counts', () => {
    const groups = regionIndexView(graph);
    expect(groups.map((g) => g.regions.length)).toEqual([29, 9]);
    expect(groups[1]?.regions.find((r) => r.label === 'Kota Surabaya')?.count).toBe(1);
  });

  it('feed: newest first, only case studies, guides and materials, capped', () => {
    const items = feedItems(graph);
    const times = items.map((i) => i.pubDate.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(items.flatMap((i) => i.categories))).toEqual(new Set(['Studi kasus', 'Panduan', 'Materi narasumber']));
    expect(feedItems(graph, 1)).toHaveLength(1);
  });

  it('list cards follow the collection order', () => {
    expect(cardsOf('studi-kasus', graph).map((c) => c.href)).toEqual(graph.list('studi-kasus').map((n) => n.href));
  });
});
