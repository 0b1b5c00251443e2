import { describe, expect, it } from 'vitest';
import { replicationCases, replicationGraph, replicationProblems, type ReplicationCase } from './replication.ts';

const source = 'https://contoh.go.id/replikasi';
const cases: ReplicationCase[] = [
  {
    id: 'klinik',
    region: undefined, // provincial
    replikasi: [
      { lokasi: 'Kabupaten Tuban', kabupaten_kota: { id: '3523' }, oleh: 'Diskominfo Tuban', sumber: source, studi_kasus: { id: 'klinik-tuban' } },
      { lokasi: 'Kota Mojokerto', kabupaten_kota: { id: '3576' }, oleh: 'Diskominfo Mojokerto', tanggal: { iso: '2024-02', precision: 'bulan' }, adaptasi: 'Lewat WhatsApp', sumber: source },
    ],
  },
  { id: 'tpa', region: '3507', replikasi: [{ lokasi: 'TPA Poncokusumo', kabupaten_kota: { id: '3507' }, oleh: 'Pemkab Malang', sumber: source }, { lokasi: 'Sumatera Barat', oleh: 'Pemprov Sumbar', sumber: source }] },
  { id: 'klinik-tuban', region: '3523', replikasi: [] },
];

describe('replicationGraph', () => {
  const g = replicationGraph(cases);
  it('has one edge per replication, from the origin region (or province) to the place', () => {
    expect(g.edges).toHaveLength(4);
    expect(g.edges[1]).toEqual({
      from: 'klinik', fromRegion: undefined, toRegion: '3576', place: 'Kota Mojokerto', toCase: undefined,
      by: 'Diskominfo Mojokerto', date: { iso: '2024-02', precision: 'bulan' }, adapted: 'Lewat WhatsApp', evidence: source,
    });
  });
  it('answers: replications of a case, what a case replicates, into and out of a region', () => {
    expect(g.of('klinik').map((e) => e.place)).toEqual(['Kabupaten Tuban', 'Kota Mojokerto']);
    expect(g.of('klinik-tuban')).toEqual([]);
    expect(g.sourcesOf('klinik-tuban').map((e) => e.from)).toEqual(['klinik']);
    expect(g.into('3507').map((e) => e.place)).toEqual(['TPA Poncokusumo']); // within the same kabupaten
    expect(g.outOf('3507').map((e) => e.place)).toEqual(['TPA Poncokusumo', 'Sumatera Barat']);
    expect(g.outOf(undefined).map((e) => e.from)).toEqual(['klinik', 'klinik']);
    expect(g.into('3501')).toEqual([]);
  });
});

describe('replicationProblems', () => {
  it('refuses a case named as its own replication, naming file and field', () => {
    const self: ReplicationCase = { id: 'a', file: 'content/studi-kasus/a.md', replikasi: [{ lokasi: 'X', oleh: 'Y', sumber: source, studi_kasus: { id: 'a' } }] };
    expect(replicationProblems([self, ...cases])).toEqual([
      { file: 'content/studi-kasus/a.md', field: 'replikasi[0].studi_kasus', message: expect.stringContaining('tidak bisa menjadi replikasi dirinya sendiri') },
    ]);
  });
});

describe('replicationCases', () => {
  it('reads the case studies among graph nodes or corpus entries, tolerating data that failed its schema', () => {
    const replikasi = [{ lokasi: 'Kota Mojokerto', kabupaten_kota: { id: '3576' }, oleh: 'Diskominfo Mojokerto', sumber: source }];
    expect(
      replicationCases([
        { collection: 'studi-kasus', id: 'klinik', file: 'content/studi-kasus/klinik.md', data: { kabupaten_kota: { id: '3507' }, replikasi } },
        { collection: 'studi-kasus', id: 'rusak', filePath: 'content/studi-kasus/rusak.md', data: {} },
        { collection: 'panduan', id: 'bukan-kasus', data: { replikasi } },
      ]),
    ).toEqual([
      { id: 'klinik', file: 'content/studi-kasus/klinik.md', region: '3507', replikasi },
      { id: 'rusak', file: 'content/studi-kasus/rusak.md', region: undefined, replikasi: [] },
    ]);
  });
});
