import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../schemas/common.ts';
import { isStale, latestEvidence } from './sustainability.ts';

const d = (iso: string): PartialDate => ({ iso, precision: iso.length === 4 ? 'tahun' : iso.length === 7 ? 'bulan' : 'hari' });

describe('latestEvidence', () => {
  it('picks the newest date whatever the order and precision', () => {
    expect(latestEvidence([{ tanggal: d('2015') }, { tanggal: d('2025-10') }, { tanggal: d('2022-11-25') }])?.iso).toBe('2025-10');
    expect(latestEvidence([])).toBeUndefined();
  });
});

describe('isStale', () => {
  const checked = new Date('2026-11-27');
  it('is stale without evidence or with evidence over two years old', () => {
    expect(isStale(undefined, checked)).toBe(true);
    expect(isStale(d('2015'), checked)).toBe(true);
    expect(isStale(d('2024-10-01'), checked)).toBe(true);
  });
  it('is current with recent evidence; a bare year counts as its end', () => {
    expect(isStale(d('2025-10'), checked)).toBe(false);
    expect(isStale(d('2024'), checked)).toBe(false);
    expect(isStale(d('2024-12-05'), checked)).toBe(false);
  });
});
