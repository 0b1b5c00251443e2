import { describe, expect, it } from 'vitest';
import { glance } from './stats.ts';

const status = (s: string, evidence: string) => ({
  status: s,
  diperiksa: new Date('2026-11-27'),
  riwayat: [{ tanggal: { iso: evidence, precision: evidence.length === 4 ? ('tahun' as const) : ('bulan' as const) } }],
});

describe('glance', () => {
  it('counts cases, distinct regions, provincial cases and awards', () => {
    expect(
      glance([
        { kabupaten_kota: { id: '3578' }, penghargaan: [1, 2], keberlanjutan: status('berjalan', '2025-10') },
        { kabupaten_kota: { id: '3578' }, penghargaan: [], keberlanjutan: status('vakum', '2025-10') },
        { penghargaan: [1], keberlanjutan: status('berkembang', '2026') },
        { penghargaan: [], keberlanjutan: status('berjalan', '2015') }, // stale evidence: not counted
        { penghargaan: [] },
      ]),
    ).toEqual({ cases: 5, regionsWithCases: 1, provincialCases: 3, awards: 3, running: 2 });
  });
});
