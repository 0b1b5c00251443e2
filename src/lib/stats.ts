/**
 * The numbers at a glance on the home page, computed from the case studies themselves.
 */
import type { PartialDate } from '../schemas/common.ts';
import { isStale, latestEvidence } from './sustainability.ts';

/** The fields of a case study the figures need. */
export interface CaseFacts {
  kabupaten_kota?: { id: string } | undefined;
  penghargaan: readonly unknown[];
  keberlanjutan?: { status: string; diperiksa: Date; riwayat: readonly { tanggal: PartialDate }[] } | undefined;
}

/** Figures shown on the home page. */
export interface Glance {
  cases: number;
  regionsWithCases: number;
  provincialCases: number;
  awards: number;
  /** Cases recorded as berjalan or berkembang on evidence that is not stale. */
  running: number;
}

/** Count cases, distinct regions, provincial cases, recorded awards and cases still alive. */
export function glance(cases: readonly CaseFacts[]): Glance {
  const regions = new Set(cases.flatMap((c) => (c.kabupaten_kota ? [c.kabupaten_kota.id] : [])));
  return {
    cases: cases.length,
    regionsWithCases: regions.size,
    provincialCases: cases.filter((c) => !c.kabupaten_kota).length,
    awards: cases.reduce((sum, c) => sum + c.penghargaan.length, 0),
    running: cases.filter((c) => {
      const s = c.keberlanjutan;
      return (
        s !== undefined &&
        (s.status === 'berjalan' || s.status === 'berkembang') &&
        !isStale(latestEvidence(s.riwayat), s.diperiksa)
      );
    }).length,
  };
}
