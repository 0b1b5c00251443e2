/**
 * The numbers at a glance on the home page, computed from the case studies themselves.
 * "Still running" uses the same derived status as every list and filter (sustainability.ts).
 */
import { deriveStatus, isAlive, type SustainabilityInput } from './sustainability.ts';

/** The fields of a case study the figures need. */
export interface CaseFacts {
  kabupaten_kota?: { id: string } | undefined;
  penghargaan: readonly unknown[];
  keberlanjutan?: SustainabilityInput | undefined;
}

/** Figures shown on the home page. */
export interface Glance {
  cases: number;
  regionsWithCases: number;
  provincialCases: number;
  awards: number;
  /** Cases whose evidence, judged against the build date, says berjalan or berkembang. */
  running: number;
}

/** Count cases, distinct regions, provincial cases, recorded awards and cases still alive on `buildDate`. */
export function glance(cases: readonly CaseFacts[], buildDate: Date): Glance {
  const regions = new Set(cases.flatMap((c) => (c.kabupaten_kota ? [c.kabupaten_kota.id] : [])));
  return {
    cases: cases.length,
    regionsWithCases: regions.size,
    provincialCases: cases.filter((c) => !c.kabupaten_kota).length,
    awards: cases.reduce((sum, c) => sum + c.penghargaan.length, 0),
    running: cases.filter((c) => isAlive(deriveStatus(c.keberlanjutan, buildDate))).length,
  };
}
