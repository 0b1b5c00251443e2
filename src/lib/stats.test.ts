import { describe, expect, it } from 'vitest';
import { byRecency, glance } from './stats.ts';

describe('glance', () => {
  it('counts cases, distinct regions, provincial cases and awards', () => {
    expect(
      glance([
        { kabupaten_kota: { id: '3578' }, penghargaan: [1, 2], keberlanjutan: { status: 'berjalan' } },
        { kabupaten_kota: { id: '3578' }, penghargaan: [], keberlanjutan: { status: 'vakum' } },
        { penghargaan: [1], keberlanjutan: { status: 'berkembang' } },
        { penghargaan: [] },
      ]),
    ).toEqual({ cases: 4, regionsWithCases: 1, provincialCases: 2, awards: 3, running: 2 });
  });
});

describe('byRecency', () => {
  it('puts the most recently updated first, then sorts by title', () => {
    const e = (judul: string, diterbitkan: string, diperbarui?: string) => ({
      data: { judul, diterbitkan: new Date(diterbitkan), diperbarui: diperbarui ? new Date(diperbarui) : undefined },
    });
    const sorted = [e('B', '2026-01-01'), e('A', '2026-01-01'), e('C', '2025-01-01', '2026-06-01')].sort(byRecency);
    expect(sorted.map((x) => x.data.judul)).toEqual(['C', 'A', 'B']);
  });
});
