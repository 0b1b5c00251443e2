/**
 * The built pages of issue 9 read with a real HTML parser, their numbers checked against
 * the fixture content itself, and the open-data files read back and compared with the
 * published entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCsv, readCsvRecords, BOM } from '../src/lib/export.ts';
import { deriveStatus, HEADLINE_KEYS, statusCounts, type SustainabilityInput } from '../src/lib/sustainability.ts';
import { COLLECTIONS, ROUTE_SEGMENT, entryPath } from '../src/lib/collections.ts';
import { FIXTURE_BUILD_DATE } from './helpers/build.ts';
import { dom, fact, links, listPages, listRows, section, tableRows, text } from './helpers/html.ts';
import { fixtureEntries, regionSlugs } from './helpers/site.ts';

const dist = inject('fixtureDist');
const buildDate = new Date(`${FIXTURE_BUILD_DATE}T00:00:00Z`);
const published = fixtureEntries().filter((e) => !e.draft);
type CaseData = {
  judul: string;
  kabupaten_kota?: { id: string };
  keberlanjutan?: SustainabilityInput;
  penghargaan: { kompetisi: string }[];
  replikasi: { kabupaten_kota?: { id: string }; studi_kasus?: { id: string } }[];
};
const cases = published.filter((e) => e.collection === 'studi-kasus').map((e) => ({ slug: e.slug, data: e.data as CaseData }));
const regions = regionSlugs();
const n = (x: number) => x.toLocaleString('id-ID');

describe('derived status everywhere', () => {
  const derived = cases.map((c) => ({ ...c, derived: deriveStatus(c.data.keberlanjutan, buildDate) }));
  const counts = statusCounts(derived.map((d) => d.derived));

  it('/keberlanjutan/ counts by status as the content says on the build date', () => {
    const rows = tableRows(section(dom(dist, '/keberlanjutan/'), 'provinsi'));
    expect(rows).toEqual([
      ...HEADLINE_KEYS.map((k) => [expect.any(String), n(counts[k])]),
      ['Jumlah seluruhnya', n(cases.length)],
    ]);
    expect(counts['belum-terkonfirmasi']).toBeGreaterThan(0); // the fixture has stale evidence to show
  });

  it('/keberlanjutan/ and its lists show stale evidence oldest first, every history and every readiness row', () => {
    const doc = dom(dist, '/keberlanjutan/');
    const stale = derived.filter((d) => d.derived.key === 'belum-terkonfirmasi');
    expect(listRows(dist, '/keberlanjutan/perlu-dicek/').map((r) => r[0])).toEqual(stale.map((s) => s.data.judul));
    expect(tableRows(section(doc, 'perlu-dicek')).map((r) => r[0])).toEqual(stale.map((s) => s.data.judul).slice(0, 10));
    const withHistory = cases.filter((c) => c.data.keberlanjutan).map((c) => entryPath('studi-kasus', c.slug)).sort();
    const histories = listPages(dist, '/keberlanjutan/riwayat/').flatMap(({ doc: d }) => [...d.querySelectorAll('[data-riwayat]')].map((a) => a.getAttribute('data-riwayat')));
    expect(histories.sort()).toEqual(withHistory);
    expect(doc.querySelectorAll('section[aria-labelledby="riwayat"] [data-riwayat]')).toHaveLength(Math.min(10, withHistory.length));
    expect(listRows(dist, '/keberlanjutan/kesiapan/')).toHaveLength(cases.length);
    expect(dom(dist, '/keberlanjutan/kesiapan/').querySelector('#tabel-kesiapan[data-sortable]')).not.toBeNull();
    expect(tableRows(section(doc, 'kesiapan'))).toHaveLength(Math.min(10, cases.length));
  });

  it('the home figure, list cards and the search filter use the same derived status', () => {
    const alive = derived.filter((d) => d.derived.key === 'berjalan' || d.derived.key === 'berkembang').length;
    const figures = [...dom(dist, '/').querySelectorAll('section[aria-labelledby="angka"] li')].map((li) => text(li));
    expect(figures).toContain(`${n(alive)} berjalan atau berkembang menurut bukti dua tahun terakhir (dihitung pada 27 November 2026)`);
    const list = text(dom(dist, '/studi-kasus/').querySelector('main'));
    expect(list).toContain('Belum terkonfirmasi');
    const filters = [...dom(dist, '/studi-kasus/inovasi-mdx/').querySelectorAll('[data-pagefind-filter="Status keberlanjutan"]')].map((f) => text(f));
    expect(filters).toEqual(['Belum terkonfirmasi']);
  });
});

describe('replications', () => {
  it('/replikasi/ has one table row per replication in the content', () => {
    const pages = listPages(dist, '/replikasi/');
    const block = (slug: string) =>
      pages.map(({ doc }) => doc.querySelector(`[data-replikasi="${entryPath('studi-kasus', slug)}"]`)).find(Boolean) ?? undefined;
    const replicated = cases.filter((c) => c.data.replikasi.length > 0);
    for (const c of replicated) expect(tableRows(block(c.slug)), c.slug).toHaveLength(c.data.replikasi.length);
    expect(pages.flatMap(({ doc }) => [...doc.querySelectorAll('[data-replikasi]')])).toHaveLength(replicated.length);
  });

  it('case pages show "mereplikasi dari" for the case a replication names', () => {
    const doc = dom(dist, '/studi-kasus/replikasi-contoh/');
    expect(text(section(doc, 'replikasi-dari')?.querySelector('h2'))).toBe('Mereplikasi dari');
    expect(links(section(doc, 'replikasi-dari'))).toContain('/studi-kasus/layanan-contoh/');
    expect(section(dom(dist, '/studi-kasus/layanan-contoh/'), 'replikasi-dari')).toBeUndefined();
  });
});

describe('region map', () => {
  const doc = dom(dist, '/wilayah/');
  const count = (code: string) => cases.filter((c) => c.data.kabupaten_kota?.id === code).length;

  it('draws 38 regions, each a link with an accessible name and the shade of its count', () => {
    const anchors = [...doc.querySelectorAll('figure.ri-map svg a')];
    expect(anchors).toHaveLength(38);
    for (const a of anchors) {
      const code = a.getAttribute('data-kode') ?? '';
      const c = count(code);
      expect(a.getAttribute('href')).toBe(`/wilayah/${regions.get(code)}/`);
      expect(a.getAttribute('aria-label')).toMatch(new RegExp(`: ${c} studi kasus$`));
      expect(a.querySelector('path')?.getAttribute('class')).toContain(`ri-map__region--k${c === 0 ? 0 : c === 1 ? 1 : c <= 3 ? 2 : c <= 7 ? 3 : 4}`);
    }
  });

  it('has the table alternative with the same numbers, and the boundary attribution', () => {
    const rows = tableRows(section(doc, 'tabel-wilayah'));
    expect(rows).toHaveLength(38);
    const surabaya = rows.find((r) => r[0] === 'Kota Surabaya');
    expect(surabaya?.[2]).toBe(String(count('3578')));
    expect(text(doc.querySelector('[data-atribusi-peta]'))).toContain('CC BY-IGO 3.0');
  });

  it('each region page shows its place, its awards and its replications', () => {
    const pacitan = dom(dist, '/wilayah/kabupaten-pacitan/');
    expect(section(pacitan, 'letak')?.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe('Letak Kabupaten Pacitan di peta Jawa Timur');
    const awards = cases.filter((c) => c.data.kabupaten_kota?.id === '3501').flatMap((c) => c.data.penghargaan);
    expect(tableRows(section(pacitan, 'penghargaan-wilayah'))).toHaveLength(awards.length);
    expect(listRows(dist, '/wilayah/kabupaten-pacitan/penghargaan/')).toEqual(tableRows(section(pacitan, 'penghargaan-wilayah')));
    const into = cases.flatMap((c) => c.data.replikasi).filter((r) => r.kabupaten_kota?.id === '3501');
    expect(tableRows(section(pacitan, 'replikasi-masuk'))).toHaveLength(into.length);
    expect(listRows(dist, '/wilayah/kabupaten-pacitan/replikasi-masuk/')).toHaveLength(into.length);
  });
});

describe('statistics and awards', () => {
  it('/statistik/ pairs each SVG chart with its table, and the numbers agree', () => {
    const doc = dom(dist, '/statistik/');
    const charts = [...doc.querySelectorAll('[data-chart]')];
    expect(charts.map((c) => c.getAttribute('data-chart'))).toEqual(['tahun', 'urusan', 'penghargaan', 'digital', 'tahapan', 'status', 'sdg']);
    for (const chart of charts) {
      const bars = [...chart.querySelectorAll('svg text.ri-chart__value')].map((t) => text(t));
      expect(bars, chart.getAttribute('data-chart') ?? '').toEqual(tableRows(chart).map((r) => r[1]));
    }
    const sdg3 = cases.filter((c) => (c.data as unknown as { sdgs: number[] }).sdgs.includes(3)).length;
    expect(tableRows(doc.querySelector('[data-chart="sdg"]') ?? undefined)).toContainEqual(['SDG 3', String(sdg3)]);
  });

  it('/penghargaan/ keeps IGA (to a government) apart from awards to an innovation', () => {
    const doc = dom(dist, '/penghargaan/');
    const all = cases.flatMap((c) => c.data.penghargaan);
    const gov = listRows(dist, '/penghargaan/penerima/pemerintah/');
    const own = listRows(dist, '/penghargaan/penerima/inovasi/');
    expect(gov.length).toBe(all.filter((a) => a.kompetisi === 'iga').length);
    expect(own.length + gov.length).toBe(all.length);
    expect(gov.every((r) => r[0] === 'IGA (Kemendagri)')).toBe(true);
    // The page itself shows the first of each (here all of them).
    expect(tableRows(doc.querySelector('[data-penerima="pemerintah"]') ?? undefined)).toEqual(gov.slice(0, 10));
    expect(tableRows(doc.querySelector('[data-penerima="inovasi"]') ?? undefined)).toEqual(own.slice(0, 10));
  });
});

describe('open data', () => {
  const read = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');

  it('/data/ links every collection as JSON, CSV and JSON Schema, with a licence', () => {
    const doc = dom(dist, '/data/');
    const hrefs = links(doc.querySelector('[data-berkas-data]') ?? undefined);
    for (const c of COLLECTIONS) {
      for (const f of [`/data/${ROUTE_SEGMENT[c]}.json`, `/data/${ROUTE_SEGMENT[c]}.csv`, `/data/skema/${ROUTE_SEGMENT[c]}.json`]) expect(hrefs).toContain(f);
    }
    expect(text(doc.querySelector('[data-lisensi]'))).toContain('CC BY 4.0');
  });

  it('each export holds exactly the published entries, with their fields', () => {
    for (const c of COLLECTIONS) {
      const ids = published.filter((e) => e.collection === c).map((e) => (c === 'wilayah' ? [...regions].find(([, s]) => s === e.slug)?.[0] : e.slug));
      const json = JSON.parse(read(`${ROUTE_SEGMENT[c]}.json`)) as { jumlah: number; entri: { id: string }[] };
      expect(json.entri.map((e) => e.id).sort(), c).toEqual([...ids].sort());
      expect(json.jumlah).toBe(ids.length);
      const csv = read(`${ROUTE_SEGMENT[c]}.csv`);
      expect(csv.startsWith(BOM), c).toBe(true);
      expect(readCsvRecords(csv).map((r) => r['id']).sort(), c).toEqual([...ids].sort());
      expect(readCsv(csv).every((row) => row.length === readCsv(csv)[0]?.length), c).toBe(true);
    }
    expect(published.some((e) => e.draft)).toBe(false);
    expect(read('studi-kasus.json')).not.toContain('draf-contoh');
  });

  it('case rows carry their fields, derived status and readiness', () => {
    const rows = readCsvRecords(read('studi-kasus.csv'));
    for (const c of cases) {
      const row = rows.find((r) => r['id'] === c.slug);
      expect(row?.['judul']).toBe(c.data.judul);
      expect(row?.['kabupaten_kota']).toBe(c.data.kabupaten_kota?.id ?? '');
      expect(row?.['status_turunan']).toBe(deriveStatus(c.data.keberlanjutan, buildDate).key);
      expect(row?.['kesiapan_bagian']).toMatch(/^\d\/7$/);
    }
    const layanan = rows.find((r) => r['id'] === 'layanan-contoh');
    expect(JSON.parse(layanan?.['penghargaan'] ?? '[]')).toEqual([{ kompetisi: 'kipp', peringkat: 'Top 45', tahun: 2020, penerima: 'inovasi' }]);
    expect(layanan?.['tanggal_penerapan']).toBe('2019-05');
    expect(layanan?.['diterbitkan']).toBe('2026-11-27');
  });

  it('publishes a JSON Schema per collection', () => {
    const schema = JSON.parse(read('skema/studi-kasus.json')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['judul', 'keberlanjutan', 'replikasi']));
  });
});

describe('citation and readiness on pages', () => {
  it('case studies, materials and guides offer APA, BibTeX and CSL-JSON as selectable text', () => {
    for (const path of ['/studi-kasus/layanan-contoh/', '/materi/paparan-contoh/', '/panduan/panduan-contoh/']) {
      const cite = section(dom(dist, path), 'kutip');
      expect(text(cite?.querySelector('#kutip-apa')), path).toMatch(/\(\d{4}, \d{1,2} \w+\)/);
      expect(text(cite?.querySelector('#kutip-bibtex')), path).toMatch(/^@misc\{ri-/);
      expect(JSON.parse(cite?.querySelector('#kutip-csl')?.textContent ?? '[]')[0]?.URL, path).toContain(path);
      const buttons = [...(cite?.querySelectorAll('button[data-copy]') ?? [])];
      expect(buttons.length, path).toBe(3);
      // Each names the text it copies; CSS hides them until the page script has run (tests/design.test.ts).
      expect(buttons.map((b) => cite?.querySelector(`#${b.getAttribute('data-copy')}`)?.tagName), path).toEqual(['P', 'CODE', 'CODE']);
    }
  });

  it('a case page shows its readiness collapsed, section by section', () => {
    const details = dom(dist, '/studi-kasus/replikasi-contoh/').querySelector('details#kesiapan');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(text(details?.querySelector('summary'))).toBe('Kesiapan dokumentasi (untuk editor): 2 dari 7 bagian KIPP ditulis, 6 dari 12 kolom diisi');
    expect(tableRows(details ?? undefined)).toHaveLength(7);
    expect(fact(dom(dist, '/studi-kasus/replikasi-contoh/'), 'status')?.value).toBe('Berkembang, menurut bukti Maret 2026');
  });
});
