import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../schemas/common.ts';
import { deriveStatus, highestSupportedStatus, isStale, staleFirst, statusCounts, type EvidenceKind, type Status } from './sustainability.ts';

const d = (iso: string): PartialDate => ({ iso, precision: iso.length === 4 ? 'tahun' : iso.length === 7 ? 'bulan' : 'hari' });
const e = (iso: string, status: Status, jenis_bukti?: EvidenceKind) => ({ tanggal: d(iso), status, jenis_bukti });
const build = new Date('2026-11-27');

describe('isStale (against the build date)', () => {
  it('is stale without evidence or with evidence over two years old', () => {
    expect(isStale(undefined, build)).toBe(true);
    expect(isStale(d('2015'), build)).toBe(true);
    expect(isStale(d('2024-10-01'), build)).toBe(true);
    expect(isStale(d('2024-11-26'), build)).toBe(true);
  });
  it('is current within two years; a partial date counts as the end of its period', () => {
    expect(isStale(d('2024-11-27'), build)).toBe(false);
    expect(isStale(d('2024-11'), build)).toBe(false);
    expect(isStale(d('2024'), build)).toBe(false);
    expect(isStale(d('2025-10'), build)).toBe(false);
  });
});

describe('deriveStatus', () => {
  it('takes the status of the newest evidence, with its date, whatever the file order', () => {
    const s = deriveStatus({ status: 'berjalan', riwayat: [e('2025-06', 'berkembang'), e('2019', 'berjalan'), e('2023-12-15', 'vakum')] }, build);
    expect(s).toEqual({ key: 'berkembang', status: 'berkembang', date: d('2025-06'), stale: false, recorded: 'berjalan', ignored: [] });
  });

  it('says belum-terkonfirmasi when the newest evidence is over two years old, keeping the last known status', () => {
    const s = deriveStatus({ status: 'berjalan', riwayat: [e('2023-12-15', 'berjalan')] }, build);
    expect(s).toMatchObject({ key: 'belum-terkonfirmasi', status: 'berjalan', date: d('2023-12-15'), stale: true });
    // The same content built earlier is confirmed: the build date decides.
    expect(deriveStatus({ status: 'berjalan', riwayat: [e('2023-12-15', 'berjalan')] }, new Date('2025-12-15')).key).toBe('berjalan');
  });

  it('without evidence the status is unconfirmed and without a block there is no data', () => {
    expect(deriveStatus({ status: 'berjalan', riwayat: [] }, build)).toEqual({
      key: 'belum-terkonfirmasi', status: undefined, date: undefined, stale: true, recorded: 'berjalan', ignored: [],
    });
    expect(deriveStatus(undefined, build)).toEqual({ key: 'tanpa-data', stale: true, ignored: [] });
  });

  it('a visit, review or plan never raises the status (klinik-hoaks: a study visit recorded as berkembang)', () => {
    const s = deriveStatus(
      { status: 'berkembang', riwayat: [e('2025-01', 'berjalan', 'operasional'), e('2025-08-06', 'berkembang', 'kunjungan')] },
      build,
    );
    expect(s).toMatchObject({ key: 'berjalan', status: 'berjalan', date: d('2025-01'), ignored: [1] });
    for (const kind of ['ulasan', 'rencana', 'pelatihan', 'seremoni'] as const) {
      expect(deriveStatus({ status: 'berkembang', riwayat: [e('2025-01', 'vakum'), e('2025-09', 'berjalan', kind)] }, build).key).toBe('vakum');
    }
  });

  it('nor does it refresh the date of a status it merely repeats', () => {
    const s = deriveStatus({ status: 'berjalan', riwayat: [e('2020', 'berjalan', 'operasional'), e('2026-05', 'berjalan', 'kunjungan')] }, build);
    expect(s).toMatchObject({ key: 'belum-terkonfirmasi', status: 'berjalan', date: d('2020'), ignored: [1] });
  });

  it('but it may report that an innovation went dormant or stopped', () => {
    expect(deriveStatus({ status: 'berjalan', riwayat: [e('2024', 'berjalan'), e('2026-02', 'berhenti', 'ulasan')] }, build)).toMatchObject({
      key: 'berhenti', date: d('2026-02'), ignored: [],
    });
    // With no earlier evidence, it can report only a status that is not running.
    expect(deriveStatus({ status: 'berjalan', riwayat: [e('2026-02', 'berjalan', 'rencana')] }, build)).toMatchObject({ key: 'belum-terkonfirmasi', ignored: [0] });
    expect(deriveStatus({ status: 'vakum', riwayat: [e('2026-02', 'vakum', 'ulasan')] }, build).key).toBe('vakum');
  });

  it('direct evidence of any kind (or of no recorded kind) may raise or lower', () => {
    const s = deriveStatus({ status: 'berkembang', riwayat: [e('2024', 'vakum'), e('2025', 'berkembang', 'perluasan'), e('2026', 'berjalan', 'anggaran')] }, build);
    expect(s.key).toBe('berjalan');
  });
});

describe('statusCounts and staleFirst', () => {
  const derived = [
    deriveStatus({ status: 'berjalan', riwayat: [e('2025', 'berjalan')] }, build),
    deriveStatus({ status: 'berjalan', riwayat: [e('2025', 'berjalan')] }, build),
    deriveStatus({ status: 'vakum', riwayat: [e('2026', 'vakum')] }, build),
    deriveStatus({ status: 'berjalan', riwayat: [e('2019', 'berjalan')] }, build),
    deriveStatus({ status: 'berjalan', riwayat: [] }, build),
    deriveStatus(undefined, build),
  ];
  it('counts every headline key, zero included', () => {
    expect(statusCounts(derived)).toEqual({ berjalan: 2, berkembang: 0, vakum: 1, berhenti: 0, 'belum-terkonfirmasi': 2, 'tanpa-data': 1 });
  });
  it('lists unconfirmed innovations, no evidence first, then oldest evidence first', () => {
    const items = [
      { title: 'B', derived: deriveStatus({ status: 'berjalan', riwayat: [e('2021', 'berjalan')] }, build) },
      { title: 'A', derived: deriveStatus({ status: 'berjalan', riwayat: [e('2018-03', 'berjalan')] }, build) },
      { title: 'C', derived: deriveStatus({ status: 'berjalan', riwayat: [] }, build) },
      { title: 'D', derived: deriveStatus({ status: 'berjalan', riwayat: [e('2026', 'berjalan')] }, build) },
      { title: 'E', derived: deriveStatus(undefined, build) },
    ];
    expect(staleFirst(items).map((i) => i.title)).toEqual(['C', 'A', 'B']);
  });
});

describe('highestSupportedStatus', () => {
  it('lets only growth support berkembang', () => {
    expect(highestSupportedStatus('perluasan', 'berjalan')).toBe('berkembang');
    expect(highestSupportedStatus('operasional', 'berkembang')).toBe('berjalan');
    expect(highestSupportedStatus('anggaran', undefined)).toBe('berjalan');
  });

  it('never lets a visit, review, training, ceremony or plan raise the status', () => {
    for (const kind of ['kunjungan', 'ulasan', 'pelatihan', 'seremoni', 'rencana'] as const) {
      expect(highestSupportedStatus(kind, 'berkembang')).toBe('berjalan');
      expect(highestSupportedStatus(kind, 'vakum')).toBe('vakum');
      expect(highestSupportedStatus(kind, undefined)).toBe('berjalan');
    }
  });
});
