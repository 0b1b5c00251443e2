import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../tests/helpers/graph.ts';
import { buildGraph, topField, type LoadedEntry } from './graph.ts';

const site = new URL('https://contoh.go.id');
const buildDate = new Date('2026-11-27');
const topic = (id: string, nama: string): LoadedEntry => ({ collection: 'topik', id, data: { nama, deskripsi: 'x' }, source: id });
const guide = (id: string, judul: string, extra: Record<string, unknown> = {}): LoadedEntry => ({
  collection: 'panduan',
  id,
  filePath: `content/panduan/${id}.md`,
  data: { judul, topik: [], panduan_terkait: [], diterbitkan: buildDate, ...extra },
  source: id,
});

describe('buildGraph', () => {
  it('resolves every reference and builds the reverse index in one pass', () => {
    const graph = fixtureGraph();
    const surabaya = graph.get({ collection: 'wilayah', id: '3578' });
    expect(surabaya).toMatchObject({ slug: 'kota-surabaya', href: '/wilayah/kota-surabaya/', title: 'Kota Surabaya' });
    expect(graph.referrers(surabaya, 'studi-kasus', 'kabupaten_kota').map((n) => n.id)).toEqual(['layanan-contoh']);
    // A replication is a reference too, but through another field.
    const pacitan = graph.get({ collection: 'wilayah', id: '3501' });
    expect(graph.referrers(pacitan, 'studi-kasus', 'kabupaten_kota').map((n) => n.id)).toEqual(['replikasi-contoh']);
    expect(graph.referrers(pacitan, 'studi-kasus', 'replikasi').map((n) => n.id)).toEqual(['layanan-contoh']);
    expect(graph.referrers(pacitan, 'studi-kasus').map((n) => n.id)).toEqual(['layanan-contoh', 'replikasi-contoh']);
    // A case study named as a replication's own page is referenced through `replikasi` as well.
    const copy = graph.get({ collection: 'studi-kasus', id: 'replikasi-contoh' });
    expect(graph.referrers(copy, 'studi-kasus', 'replikasi').map((n) => n.id)).toEqual(['layanan-contoh']);
  });

  it('finds an entry by its key, as by its reference', () => {
    const graph = fixtureGraph();
    expect(graph.byKey('wilayah/3578')).toBe(graph.get({ collection: 'wilayah', id: '3578' }));
    expect(() => graph.byKey('topik/tidak-ada')).toThrow(/Rujukan topik\/tidak-ada tidak ditemukan/);
  });

  it('leaves drafts out unless asked to include them', () => {
    expect(fixtureGraph().list('studi-kasus').map((n) => n.id)).not.toContain('draf-contoh');
    expect(fixtureGraph(undefined, { includeDrafts: true }).list('studi-kasus').map((n) => n.id)).toContain('draf-contoh');
  });

  it('sorts each collection once, in its declared order', () => {
    const graph = buildGraph([topic('b', 'Budaya'), topic('a', 'Air'), topic('c', 'Cuaca')], { includeDrafts: false, site, buildDate });
    expect(graph.list('topik').map((n) => n.title)).toEqual(['Air', 'Budaya', 'Cuaca']);
    const cases = fixtureGraph().list('studi-kasus');
    const times = cases.map((n) => (n.data.diperbarui ?? n.data.diterbitkan).getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times); // newest first
  });

  it('lists each referrer once even when it points at the target twice', () => {
    const graph = buildGraph(
      [
        guide('a', 'A'),
        guide('b', 'B', { panduan_terkait: [{ collection: 'panduan', id: 'a' }, { collection: 'panduan', id: 'a' }] }),
      ],
      { includeDrafts: false, site, buildDate },
    );
    expect(graph.referrers({ collection: 'panduan', id: 'a' }, 'panduan').map((n) => n.id)).toEqual(['b']);
  });

  it('fails with the file and field of a reference that points nowhere', () => {
    expect(() =>
      buildGraph([guide('a', 'A', { panduan_terkait: [{ collection: 'panduan', id: 'hilang' }] })], {
        includeDrafts: false,
        site,
        buildDate,
      }),
    ).toThrow(/content\/panduan\/a\.md → panduan_terkait\[0\]: "hilang" tidak ditemukan/);
  });

  it('fails with what a further check reports', () => {
    const check = () => [{ file: 'x.md', field: 'judul', message: 'Judul ganda.' }];
    expect(() => buildGraph([guide('a', 'A')], { includeDrafts: false, site, buildDate, checks: [check] })).toThrow(
      /x\.md → judul: Judul ganda\./,
    );
  });
});

describe('topField', () => {
  it('is the first segment of a field path', () => {
    expect(topField('replikasi[0].kabupaten_kota')).toBe('replikasi');
    expect(topField('lembaga[1]')).toBe('lembaga');
    expect(topField('induk')).toBe('induk');
  });
});
