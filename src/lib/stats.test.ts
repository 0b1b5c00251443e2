import { describe, expect, it } from 'vitest';
import { glance } from './stats.ts';
import type { Status } from './sustainability.ts';

const status = (s: Status, evidence: string, jenis_bukti?: 'kunjungan') => ({
  status: s,
  riwayat: [{ tanggal: { iso: evidence, precision: evidence.length === 4 ? ('tahun' as const) : ('bulan' as const) }, status: s, jenis_bukti }],
});

const toInnovation = { penerima: 'inovasi' as const };
const toGovernment = { penerima: 'pemerintah' as const };

describe('glance', () => {
  it('counts cases, distinct regions, provincial cases, awards by recipient and cases running on the build date', () => {
    expect(
      glance(
        [
          { kabupaten_kota: { id: '3578' }, penghargaan: [toInnovation, toGovernment], keberlanjutan: status('berjalan', '2025-10') },
          { kabupaten_kota: { id: '3578' }, penghargaan: [], keberlanjutan: status('vakum', '2025-10') },
          { penghargaan: [toInnovation], keberlanjutan: status('berkembang', '2026') },
          { penghargaan: [], keberlanjutan: status('berjalan', '2015') }, // stale evidence: not counted
          { penghargaan: [], keberlanjutan: status('berkembang', '2026-01', 'kunjungan') }, // a visit alone: not counted
          { penghargaan: [] },
        ],
        new Date('2026-11-27'),
      ),
    ).toEqual({ cases: 6, regionsWithCases: 1, provincialCases: 4, awardsToInnovations: 2, awardsToGovernments: 1, running: 2 });
  });
  it('the same evidence stops counting once the build date moves two years past it', () => {
    const cases = [{ penghargaan: [], keberlanjutan: status('berjalan', '2025-10') }];
    expect(glance(cases, new Date('2027-10-31')).running).toBe(1);
    expect(glance(cases, new Date('2027-11-01')).running).toBe(0);
  });
});
