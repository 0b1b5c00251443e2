/** The site-wide views of issue 9, on the fixture corpus (built on 27 November 2026). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../../tests/helpers/graph.ts';
import { readCsvRecords } from '../export.ts';
import { projectRegions, readRegionFeatures } from '../map.ts';
import { KAB_KOTA_CODES } from '../../schemas/wilayah-codes.ts';
import { collectionCsv, collectionJson } from './data.ts';
import { sustainabilityLists, sustainabilityPageView } from './keberlanjutan.ts';
import { PREVIEW_SIZE } from './long-lists.ts';
import { awardLists, awardsPageView } from './penghargaan.ts';
import { placeOnMap, regionMapView } from './peta.ts';
import { replicationPageView } from './replikasi.ts';
import { statisticsView } from './statistik.ts';
import { viewOf } from './index.ts';

const graph = fixtureGraph();
const cells = (rows: { values: { text: string }[] }[][] | undefined) => (rows ?? []).map((r) => r.map((c) => c.values.map((v) => v.text).join(' ')));
const FILE = 'tests/fixtures/konten/wilayah/jatim-kabkota.geojson';
const map = projectRegions(readRegionFeatures(JSON.parse(readFileSync(FILE, 'utf8')), FILE, KAB_KOTA_CODES));

describe('sustainability tracker', () => {
  const view = sustainabilityPageView(graph);
  it('counts derived statuses for the province and per region', () => {
    // Four edge-case fixtures (CRLF, BOM, non-ASCII and very long titles) record no sustainability.
    expect(view.counts).toEqual({ berjalan: 1, berkembang: 2, vakum: 1, berhenti: 0, 'belum-terkonfirmasi': 1, 'tanpa-data': 5 });
    expect(cells(view.byRegion.rows)).toEqual([
      ['Kabupaten Pacitan', '0', '1', '0', '0', '0', '0', '1'],
      ['Kabupaten Sidoarjo', '0', '1', '1', '0', '0', '0', '2'],
      ['Kota Surabaya', '1', '0', '0', '0', '0', '0', '1'],
      ['Tingkat provinsi (Pemprov Jawa Timur)', '0', '0', '0', '0', '1', '5', '6'],
    ]);
  });
  it('lists unconfirmed statuses oldest first with the last known status', () => {
    expect(cells(view.stale.table.rows)).toEqual([['Inovasi MDX', 'Tingkat provinsi (Pemprov Jawa Timur)', 'Berjalan', '2018']]);
    expect(view.stale.more).toBeUndefined(); // all of it fits the preview
  });
  it('has a readiness row per case, sortable by what is present, on its own list', () => {
    const { readiness } = sustainabilityLists(graph);
    expect(readiness.items).toHaveLength(10);
    expect(readiness.items.map((r) => r[2]?.sort)).toEqual(readiness.items.map(() => expect.any(Number)));
    expect([readiness.href, readiness.sortable, readiness.count]).toEqual(['/keberlanjutan/kesiapan/', 'tabel-kesiapan', '10 studi kasus']);
    expect(view.readiness.table.rows).toEqual(readiness.items.slice(0, PREVIEW_SIZE));
  });
  it('lists every status history on its own list, the first ones on the page', () => {
    const { histories } = sustainabilityLists(graph);
    expect(histories.items.map((h) => h.link.href)).toEqual(
      graph.list('studi-kasus').filter((n) => n.data.keberlanjutan).map((n) => n.href),
    );
    expect(view.histories.items).toEqual(histories.items.slice(0, PREVIEW_SIZE));
  });
});

describe('replications', () => {
  it('lists each replicated innovation with from, to, by, when, adaptation, evidence', () => {
    const view = replicationPageView(graph);
    expect([view.total, view.regionsReached, view.outside]).toEqual([1, 1, 0]);
    expect(view.innovations.map((i) => i.link.href)).toEqual(['/studi-kasus/layanan-contoh/']);
    expect(cells(view.innovations[0]?.table.rows)).toEqual([['Kota Surabaya', 'Kabupaten Pacitan', 'Dinas Kesehatan Pacitan', '—', '—', 'Sumber']]);
  });
  it('a region page lists replications into it and out of it', () => {
    const pacitan = viewOf(graph.get({ collection: 'wilayah', id: '3501' }), graph);
    expect(cells(pacitan.replicationsInto?.table.rows)[0]?.[0]).toBe('Layanan Contoh');
    expect(pacitan.replicationsOutOf).toBeUndefined();
    const surabaya = viewOf(graph.get({ collection: 'wilayah', id: '3578' }), graph);
    expect(cells(surabaya.replicationsOutOf?.table.rows)[0]?.[2]).toBe('Kabupaten Pacitan');
  });
});

describe('region map', () => {
  const view = regionMapView(graph, map);
  it('links and shades every region by its number of case studies', () => {
    expect(view.regions).toHaveLength(38);
    const pacitan = view.regions.find((r) => r.code === '3501');
    expect(pacitan).toMatchObject({ href: '/wilayah/kabupaten-pacitan/', count: 1, shade: 'k1', label: 'Kabupaten Pacitan: 1 studi kasus' });
    expect(view.regions.find((r) => r.code === '3520')).toMatchObject({ count: 0, shade: 'k0' });
    expect(view.legend.map((l) => l.regions)).toEqual([35, 2, 1, 0, 0]);
    expect(view.provincial).toBe(6); // inovasi-mdx, pasar-ikan and the four edge-case fixtures
    expect(view.table.rows).toHaveLength(38);
  });
  it('marks one region on its page', () => {
    const place = placeOnMap(map, '3512', 'Kabupaten Situbondo');
    expect(place.others).toHaveLength(37);
    expect(place.label).toBe('Letak Kabupaten Situbondo di peta Jawa Timur');
    expect(placeOnMap(map, '3525', 'Kabupaten Gresik').inset).toBeDefined();
    expect(() => placeOnMap(map, '9999', 'X')).toThrow();
  });
});

describe('statistics and awards', () => {
  it('charts each statistic with its table, the status one using derived statuses', () => {
    const view = statisticsView(graph);
    expect(view.charts.map((c) => c.id)).toEqual(['tahun', 'urusan', 'penghargaan', 'digital', 'tahapan', 'status', 'sdg']);
    const status = view.charts.find((c) => c.id === 'status');
    expect(cells(status?.table.rows)).toEqual([
      ['Berjalan', '1'], ['Berkembang', '2'], ['Vakum', '1'], ['Berhenti', '0'], ['Belum terkonfirmasi', '1'], ['Tanpa data keberlanjutan', '5'],
    ]);
    expect(status?.chart.bars.map((b) => b.value)).toEqual([1, 2, 1, 0, 1, 5]);
    expect(cells(view.charts.find((c) => c.id === 'sdg')?.table.rows)).toEqual([['SDG 3', '2'], ['SDG 5', '1'], ['SDG 14', '1']]);
    expect(cells(view.charts.find((c) => c.id === 'tahun')?.table.rows)).toEqual([['2019', '1'], ['2021', '2'], ['2022', '1'], ['2025', '1'], ['Tidak diketahui', '5']]);
  });
  it('keeps awards to an innovation and to a government apart', () => {
    const view = awardsPageView(graph);
    expect(view.sections.map((s) => [s.id, s.count])).toEqual([['inovasi', 2], ['pemerintah', 2]]);
    expect(cells(view.sections[1]?.preview?.table.rows)[0]?.slice(0, 4)).toEqual(['IGA (Kemendagri)', '2025', 'Kabupaten Terinovatif', 'Replikasi Contoh']);
    const lists = awardLists(graph);
    expect(lists.map((l) => [l.href, l.total])).toEqual([['/penghargaan/penerima/inovasi/', 2], ['/penghargaan/penerima/pemerintah/', 2]]);
    expect(view.sections[1]?.preview?.table.rows).toEqual(lists[1]?.items);
  });
});

describe('open data', () => {
  it('exports each case with its fields, derived status and readiness, as JSON and as CSV', () => {
    const json = JSON.parse(collectionJson('studi-kasus', graph)) as { jumlah: number; entri: Record<string, unknown>[] };
    expect(json.jumlah).toBe(10);
    const mdx = json.entri.find((e) => e['id'] === 'inovasi-mdx');
    expect(mdx).toMatchObject({ judul: 'Inovasi MDX', lembaga: ['pemprov-contoh'], status_turunan: 'belum-terkonfirmasi', status_turunan_tanggal: '2018' });
    const csv = readCsvRecords(collectionCsv('studi-kasus', graph));
    expect(csv.map((r) => r['id'])).toEqual(json.entri.map((e) => e['id']));
    expect(csv.find((r) => r['id'] === 'layanan-contoh')).toMatchObject({
      'keberlanjutan.status': 'berjalan',
      tanggal_penerapan: '2019-05',
      sdgs: '3',
      status_turunan: 'berjalan',
      kesiapan_bagian: expect.stringMatching(/^\d\/7$/),
    });
  });
});
