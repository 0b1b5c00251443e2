import { describe, expect, it } from 'vitest';
import { awardsByRecipient, glance } from './stats.ts';

const status = (s: string, evidence: string) => ({
  status: s,
  diperiksa: new Date('2026-11-27'),
  riwayat: [{ tanggal: { iso: evidence, precision: evidence.length === 4 ? ('tahun' as const) : ('bulan' as const) } }],
});

const toInnovation = { penerima: 'inovasi' as const };
const toGovernment = { penerima: 'pemerintah' as const };

describe('glance', () => {
  it('counts cases, distinct regions, provincial cases, awards by recipient and running cases', () => {
    expect(
      glance([
        { kabupaten_kota: { id: '3578' }, penghargaan: [toInnovation, toGovernment], keberlanjutan: status('berjalan', '2025-10') },
        { kabupaten_kota: { id: '3578' }, penghargaan: [], keberlanjutan: status('vakum', '2025-10') },
        { penghargaan: [toInnovation], keberlanjutan: status('berkembang', '2026') },
        { penghargaan: [], keberlanjutan: status('berjalan', '2015') }, // stale evidence: not counted
        { penghargaan: [] },
      ]),
    ).toEqual({
      cases: 5,
      regionsWithCases: 1,
      provincialCases: 3,
      awardsToInnovations: 2,
      awardsToGovernments: 1,
      running: 2,
    });
  });
});

describe('awardsByRecipient', () => {
  it('never counts an award to a government (IGA) as the innovation\'s own', () => {
    expect(
      awardsByRecipient([
        { penghargaan: [toGovernment, toGovernment] },
        { penghargaan: [toInnovation, toGovernment, toInnovation, toInnovation] },
      ]),
    ).toEqual({ inovasi: 3, pemerintah: 3 });
  });

  it('counts zero of each when there are no awards', () => {
    expect(awardsByRecipient([{ penghargaan: [] }])).toEqual({ inovasi: 0, pemerintah: 0 });
  });
});
