import { describe, expect, it } from 'vitest';
import { buildGraph, type LoadedEntry, type Node } from './graph.ts';
import { relatedTo } from './related.ts';

const topic = (id: string) => ({ collection: 'topik', id });
const region = (id: string) => ({ collection: 'wilayah', id });
const study = (id: string, data: Record<string, unknown>, published = '2024-01-01'): LoadedEntry => ({
  collection: 'studi-kasus',
  id,
  data: { judul: id, diterbitkan: new Date(published), topik: [], urusan: [], ...data },
  source: id,
});

/** A small hand-made site: the case `a`, and candidates sharing different things with it. */
function graph() {
  return buildGraph(
    [
      { collection: 'topik', id: 'kesehatan', data: { nama: 'Kesehatan' }, source: '' },
      { collection: 'topik', id: 'anak', data: { nama: 'Anak' }, source: '' },
      { collection: 'topik', id: 'pajak', data: { nama: 'Pajak' }, source: '' },
      { collection: 'wilayah', id: '3578', data: { nama: 'Kota Surabaya', kode: '3578' }, source: '' },
      { collection: 'wilayah', id: '3501', data: { nama: 'Kabupaten Pacitan', kode: '3501' }, source: '' },
      study('a', { topik: [topic('kesehatan'), topic('anak')], urusan: ['kesehatan'], kabupaten_kota: region('3578') }),
      study('dua-topik', { topik: [topic('kesehatan'), topic('anak')] }),
      study('satu-topik-urusan', { topik: [topic('anak')], urusan: ['kesehatan'] }, '2023-01-01'),
      study('satu-topik-wilayah', { topik: [topic('kesehatan')], kabupaten_kota: region('3578') }, '2025-01-01'),
      study('wilayah-saja', { kabupaten_kota: region('3578') }),
      study('wilayah-lain', { topik: [topic('pajak')], kabupaten_kota: region('3501') }),
      study('draf', { topik: [topic('kesehatan'), topic('anak')], draf: true }),
      {
        collection: 'panduan',
        id: 'panduan-tertaut',
        data: { judul: 'Panduan tertaut', topik: [], studi_kasus_terkait: [{ collection: 'studi-kasus', id: 'a' }] },
        source: '',
      },
      { collection: 'panduan', id: 'panduan-topik', data: { judul: 'Panduan topik', topik: [topic('anak')], studi_kasus_terkait: [] }, source: '' },
      { collection: 'materi', id: 'materi-topik', data: { judul: 'Materi topik', tanggal: new Date('2022-09-02'), topik: [topic('kesehatan')] }, source: '' },
    ],
    { includeDrafts: false, site: new URL('https://contoh.go.id'), buildDate: new Date('2026-11-27') },
  );
}

describe('relatedTo', () => {
  const g = graph();
  const a = g.get({ collection: 'studi-kasus', id: 'a' }) as Node<'studi-kasus'>;

  it('ranks by shared topics, government affair and region; ties by collection, then newest', () => {
    const ranked = relatedTo(a, g, 20);
    expect(ranked.map((r) => [r.node.key, r.score])).toEqual([
      ['studi-kasus/dua-topik', 6],
      ['studi-kasus/satu-topik-wilayah', 5], // newer than the next one with the same score
      ['studi-kasus/satu-topik-urusan', 5],
      ['panduan/panduan-tertaut', 3], // an editor's link counts like a topic
      ['panduan/panduan-topik', 3],
      ['materi/materi-topik', 3],
      ['studi-kasus/wilayah-saja', 2],
    ]);
  });

  it('says what each shares', () => {
    const byKey = new Map(relatedTo(a, g, 20).map((r) => [r.node.key, r]));
    expect(byKey.get('studi-kasus/satu-topik-urusan')).toMatchObject({ topics: ['topik/anak'], urusan: ['kesehatan'], region: undefined, linked: false });
    expect(byKey.get('studi-kasus/satu-topik-wilayah')).toMatchObject({ topics: ['topik/kesehatan'], urusan: [], region: 'wilayah/3578' });
    expect(byKey.get('panduan/panduan-tertaut')).toMatchObject({ topics: [], linked: true });
  });

  it('leaves out the case itself, drafts, and entries sharing nothing; keeps to the limit', () => {
    const keys = relatedTo(a, g, 20).map((r) => r.node.key);
    expect(keys).not.toContain('studi-kasus/a');
    expect(keys).not.toContain('studi-kasus/draf');
    expect(keys).not.toContain('studi-kasus/wilayah-lain');
    expect(relatedTo(a, g, 2).map((r) => r.node.key)).toEqual(['studi-kasus/dua-topik', 'studi-kasus/satu-topik-wilayah']);
  });

  it('gives the same ranking every time on one graph (its scores start from zero for each case)', () => {
    const first = relatedTo(a, g, 20).map((r) => [r.node.key, r.score]);
    relatedTo(g.get({ collection: 'studi-kasus', id: 'dua-topik' }) as Node<'studi-kasus'>, g, 1);
    expect(relatedTo(a, g, 20).map((r) => [r.node.key, r.score])).toEqual(first);
  });

  it('finds nothing for a case that shares nothing', () => {
    expect(relatedTo(g.get({ collection: 'studi-kasus', id: 'wilayah-lain' }) as Node<'studi-kasus'>, g)).toEqual([]);
  });
});
