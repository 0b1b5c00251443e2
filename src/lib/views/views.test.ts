import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../../tests/helpers/graph.ts';
import { feedItems, homeView, rankByCases, regionIndexView } from './home.ts';
import { awardsPageView } from './penghargaan.ts';
import { t } from '../../i18n/index.ts';
import { cardsOf, viewOf } from './index.ts';
import { regroup } from './common.ts';
import { browseIndexView, browsePageViews, searchPageView } from './search.ts';

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
      ['status', 'Status', 'Berjalan, menurut bukti Juni 2025', undefined],
      ['urusan', 'Urusan pemerintahan', 'Kesehatan', undefined],
      ['topik', 'Topik', 'Kesehatan', undefined],
      ['sdgs', 'Tujuan Pembangunan Berkelanjutan (SDGs)', 'SDG 3', undefined],
      ['nilai_cettar', 'Nilai CETTAR', 'Cepat', undefined],
    ]);
    expect(view.facts[0]?.values[0]?.href).toBe('/organisasi/dinas-contoh/');
    expect(view.facts[7]?.values[0]?.datetime).toBe('2019-05');
  });

  it('is made once per graph: the page, the search data and the feed share one view', () => {
    expect(viewOf(node('studi-kasus', 'layanan-contoh'), graph)).toBe(view);
    expect(viewOf(node('studi-kasus', 'layanan-contoh'), fixtureGraph())).not.toBe(view);
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
      ['2020', 'KIPP (KemenPAN-RB)', 'Top 45', 'Diberikan kepada inovasi', ''],
    ]);
    expect(view.results?.rows.map((r) => r.map((c) => c.values.map((v) => v.text).join('')))).toEqual([
      ['Waktu layanan', '14 hari', '2,5 hari', 'Klaim pemerintah daerah', 'Sumber'],
    ]);
    expect(view.results?.rows[0]?.[4]?.values[0]).toEqual({ text: 'Sumber', href: 'https://contoh.go.id/hasil', external: true });
    expect(view.sustainability?.facts.map((r) => r.key)).toEqual(['status', 'diperiksa', 'dasar_hukum']);
    expect(view.sustainability?.stale).toBe(false);
    expect(view.sustainability?.history).toEqual([
      {
        date: { text: 'Juni 2025', datetime: '2025-06' },
        status: 'Berjalan',
        kind: 'Layanan berjalan',
        note: undefined,
        evidence: { text: 'Sumber', href: 'https://contoh.go.id/status', external: true },
        ignored: undefined,
      },
    ]);
    expect(view.replications).toEqual([
      {
        place: { text: 'Kabupaten Pacitan', href: '/wilayah/kabupaten-pacitan/' },
        detail: 'Kabupaten Pacitan',
        by: 'Dinas Kesehatan Pacitan',
        date: undefined,
        adapted: undefined,
        evidence: { text: 'Sumber', href: 'https://contoh.go.id/replikasi', external: true },
        case: { text: 'Replikasi Contoh', href: '/studi-kasus/replikasi-contoh/' },
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
    // Topic (3) and urusan (2) outrank a topic alone; ties go to case studies, then guides, then materials.
    expect(view.related.map((r) => [r.href, r.collection, r.meta])).toEqual([
      ['/studi-kasus/replikasi-contoh/', 'Studi kasus', ['Topik sama: Kesehatan', 'Urusan sama: Kesehatan']],
      ['/studi-kasus/kampung-pesisir/', 'Studi kasus', ['Topik sama: Kesehatan']],
      ['/studi-kasus/budidaya-mangrove/', 'Studi kasus', ['Topik sama: Kesehatan']],
      ['/panduan/panduan-contoh/', 'Panduan', ['Panduan ini merujuk studi kasus ini']],
      ['/materi/paparan-contoh/', 'Materi narasumber', ['Topik sama: Kesehatan']],
    ]);
  });

  it('says "Belum terkonfirmasi" when the newest evidence is over two years before the build date, then the last known status', () => {
    const mdx = viewOf(node('studi-kasus', 'inovasi-mdx'), graph);
    expect(mdx.sustainability?.stale).toBe(true);
    const status = mdx.facts.find((r) => r.key === 'status');
    expect([status?.values[0]?.text, status?.note]).toEqual(['Belum terkonfirmasi', '(status terakhir yang diketahui: Berjalan, menurut bukti 2018)']);
    expect(mdx.sustainability?.facts.find((r) => r.key === 'status_terakhir')?.values[0]?.text).toBe('status terakhir yang diketahui: Berjalan, menurut bukti 2018');
    expect(mdx.card.meta).toContain('Belum terkonfirmasi');
    expect(mdx.search.filters['status']?.map((v) => v.text)).toEqual(['Belum terkonfirmasi']);
    // The same files built in 2019 confirm the status: the build date decides.
    const early = fixtureGraph(undefined, { buildDate: new Date('2019-06-01') });
    expect(viewOf(early.get({ collection: 'studi-kasus', id: 'inovasi-mdx' }), early).facts.find((r) => r.key === 'status')?.values[0]?.text).toBe(
      'Berjalan, menurut bukti 2018',
    );
  });

  it('shows where it was replicated, what it replicates, and its documentation readiness', () => {
    expect(view.replications[0]?.case).toEqual({ text: 'Replikasi Contoh', href: '/studi-kasus/replikasi-contoh/' });
    const copy = viewOf(node('studi-kasus', 'replikasi-contoh'), graph);
    expect(copy.replicatedFrom).toEqual([
      {
        original: { text: 'Layanan Contoh', href: '/studi-kasus/layanan-contoh/' },
        from: { text: 'Kota Surabaya', href: '/wilayah/kota-surabaya/' },
        by: 'Dinas Kesehatan Pacitan',
        date: undefined,
        adapted: undefined,
        evidence: { text: 'Sumber', href: 'https://contoh.go.id/replikasi', external: true },
      },
    ]);
    expect(view.replicatedFrom).toEqual([]);
    expect(copy.readiness.summary).toBe('2 dari 7 bagian KIPP ditulis, 6 dari 12 kolom diisi');
    expect(copy.readiness.table.rows.map((r) => r[0]?.values[0]?.text)).toEqual([
      'Latar belakang dan tujuan', 'Kebaruan', 'Signifikansi (dampak)', 'Adaptabilitas (replikasi)', 'Sumber daya', 'Strategi keberlanjutan', 'Tantangan dan pelajaran',
    ]);
    // An IGA award goes to the government, not the innovation.
    expect(copy.awards?.rows[0]?.[3]?.values[0]?.text).toBe('Diberikan kepada pemerintah daerah');
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
      jenis: [{ text: 'Studi kasus', token: 'studi-kasus' }],
      wilayah: [{ text: 'Kota Surabaya', token: 'kota-surabaya' }],
      tahun: [{ text: '2019', token: '2019' }],
      topik: [{ text: 'Kesehatan', token: 'kesehatan' }],
      urusan: [{ text: 'Kesehatan', token: 'kesehatan' }],
      penghargaan: [{ text: 'KIPP (KemenPAN-RB)', token: 'kipp' }],
      peringkat: [{ text: 'KIPP (KemenPAN-RB) — Top 45', token: 'kipp-top-45' }],
      status: [{ text: 'Berjalan', token: 'berjalan' }],
      digital: [{ text: 'Digital', token: 'digital' }],
      tahapan: [{ text: 'Penerapan', token: 'penerapan' }],
      sdg: [{ text: 'SDG 3', token: '3' }],
    });
    expect(view.search.meta).toEqual({
      jenis: 'Studi kasus',
      wilayah: 'Kota Surabaya',
      tahun: '2019',
      penghargaan: 'KIPP (KemenPAN-RB) Top 45 2020',
      status: 'Berjalan',
    });
    expect(view.search.sort).toEqual({ tanggal: '2026-11-27' });
    const provincial = viewOf(node('studi-kasus', 'inovasi-mdx'), graph).search;
    expect(provincial.filters.wilayah).toEqual([{ text: 'Tingkat provinsi (Pemprov Jawa Timur)', token: 'provinsi' }]);
    expect(provincial.filters.penghargaan).toBeUndefined();
    expect(provincial.meta['penghargaan']).toBeUndefined();
    expect(view.citation.apa).toBe(
      'Rumah Inovasi Jawa Timur. (2026, 27 November). Layanan Contoh. Pemerintah Provinsi Jawa Timur. https://rumahinovasi.jatimprov.go.id/studi-kasus/layanan-contoh/',
    );
    expect(view.citation.bibtex).toMatch(/^@misc\{ri-studi-kasus-layanan-contoh,/);
    expect(JSON.parse(view.citation.csl)[0]).toMatchObject({ type: 'webpage', title: 'Layanan Contoh', URL: 'https://rumahinovasi.jatimprov.go.id/studi-kasus/layanan-contoh/' });
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

  it("person: materials and events, each event with the person's role", () => {
    const view = viewOf(node('orang', 'narasumber-contoh'), graph);
    expect(view.related.map((g) => g.id)).toEqual(['materi', 'acara']);
    expect(view.related[1]?.links.map((l) => [l.href, l.note])).toEqual([['/acara/lokakarya-contoh/', 'Moderator']]);
  });

  it('event: each person with their role', () => {
    const row = viewOf(node('acara', 'lokakarya-contoh'), graph).facts.find((r) => r.key === 'narasumber');
    expect(row?.label).toBe('Pengisi acara');
    expect(row?.values.map((v) => [v.href, v.suffix])).toEqual([['/narasumber/narasumber-contoh/', ' (Moderator)']]);
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
    expect(home.caseTotal).toBe(10);
    // Running on the build date: layanan-contoh (2025), replikasi-contoh and kampung-pesisir (2026), not inovasi-mdx (2018).
    expect(home.figures[2]).toEqual({ value: '3', label: 'berjalan atau berkembang menurut bukti dua tahun terakhir', note: '(dihitung pada 27 November 2026)' });
    expect(home.latest.map((c) => c.href)).toEqual(graph.list('studi-kasus').slice(0, 6).map((n) => n.href));
    expect(home.regions.every((r) => r.count > 0)).toBe(true);
    expect(home.types.find((t) => t.href === '/studi-kasus/')?.count).toBe(10);
  });

  it('home figures and the awards page split awards by recipient alike (one function, awards.ts)', () => {
    const home = homeView(graph);
    const page = awardsPageView(graph);
    const figure = (label: string) => home.figures.find((f) => f.label === label)?.value;
    const section = (id: string) => String(page.sections.find((s) => s.id === id)?.count);
    expect(page.sections.map((s) => s.count).every((n) => n > 0)).toBe(true);
    expect(figure(t.home.statAwardsToInnovations)).toBe(section('inovasi'));
    expect(figure(t.home.statAwardsToGovernments)).toBe(section('pemerintah'));
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

describe('search page and browse views', () => {
  it('lists every facet with URL tokens and counts over all indexed pages', () => {
    const view = searchPageView(graph);
    const region = view.facets.find((f) => f.facet === 'wilayah');
    expect(region?.label).toBe('Kabupaten/kota');
    expect(region?.values).toEqual([
      { text: 'Tingkat provinsi (Pemprov Jawa Timur)', token: 'provinsi', count: 6 },
      { text: 'Kabupaten Sidoarjo', token: 'kabupaten-sidoarjo', count: 2 },
      { text: 'Kabupaten Pacitan', token: 'kabupaten-pacitan', count: 1 },
      { text: 'Kota Surabaya', token: 'kota-surabaya', count: 1 },
    ]);
    expect(view.facets.find((f) => f.facet === 'jenis')?.values.find((v) => v.token === 'halaman')?.count).toBe(1);
    expect(view.tokens.penghargaan).toEqual({ label: 'Penghargaan', tokens: { kipp: 'KIPP (KemenPAN-RB)', iga: 'IGA (Kemendagri)' } });
    expect(view.browse.map((b) => b.href)).toEqual(['/studi-kasus/', '/wilayah/', '/topik/', '/tahun/', '/penghargaan/', '/status/']);
  });

  it('browse index: values in order with their case counts', () => {
    expect(browseIndexView('tahun', graph).values.map((v) => [v.href, v.count])).toEqual([
      ['/tahun/2025/', 1],
      ['/tahun/2022/', 1],
      ['/tahun/2021/', 2],
      ['/tahun/2019/', 1],
    ]);
    expect(browseIndexView('penghargaan', graph).values.map((v) => [v.token, v.text, v.count])).toEqual([
      ['kipp', 'KIPP (KemenPAN-RB)', 2],
      ['iga', 'IGA (Kemendagri)', 2],
    ]);
    // Statuses as readers see them, derived from evidence on the build date.
    expect(browseIndexView('status', graph).values.map((v) => [v.token, v.count])).toEqual([
      ['tanpa-data', 5],
      ['belum-terkonfirmasi', 1],
      ['berjalan', 1],
      ['berkembang', 2],
      ['vakum', 1],
    ]);
  });

  it('award pages group their cases by tier; other pages list them in site order', () => {
    const kipp = browsePageViews('penghargaan', graph).find((v) => v.token === 'kipp');
    expect(kipp?.href).toBe('/penghargaan/kipp/');
    expect(kipp?.total).toBe(2);
    expect(regroup(kipp?.items ?? []).map((g) => [g.label, g.items.map((i) => i.link.href)])).toEqual([
      ['KIPP (KemenPAN-RB) — Top 45', ['/studi-kasus/layanan-contoh/']],
      ['KIPP (KemenPAN-RB) — Top 99', ['/studi-kasus/budidaya-mangrove/']],
    ]);
    const y2021 = browsePageViews('tahun', graph).find((v) => v.token === '2021');
    expect(y2021?.items.map((i) => i.link.href)).toEqual(['/studi-kasus/budidaya-mangrove/', '/studi-kasus/pasar-ikan/'].sort((a, b) =>
      graph.list('studi-kasus').findIndex((n) => n.href === a) - graph.list('studi-kasus').findIndex((n) => n.href === b)));
    expect(y2021?.breadcrumbs.map((c) => c.href)).toEqual(['/studi-kasus/', '/tahun/', undefined]);
  });
});
