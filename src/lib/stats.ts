/**
 * The numbers at a glance on the home page, computed from the case studies themselves.
 * "Still running" uses the same derived status as every list and filter (sustainability.ts).
 */
import { awardsByRecipient, type AwardInput } from './awards.ts';
import { deriveStatus, isAlive, type SustainabilityInput } from './sustainability.ts';

/** The fields of a case study the figures need. */
export interface CaseFacts {
  kabupaten_kota?: { id: string } | undefined;
  penghargaan: readonly AwardInput[];
  keberlanjutan?: SustainabilityInput | undefined;
}

/** Figures shown on the home page. */
export interface Glance {
  cases: number;
  regionsWithCases: number;
  provincialCases: number;
  /** Awards given to an innovation itself (KIPP, Kovablik, PKRI …). */
  awardsToInnovations: number;
  /**
   * Awards given to a province or kab/kota for which a case study was a featured
   * innovation (IGA, and other prizes given to the government). Counted apart: such an
   * award is not the innovation's own.
   */
  awardsToGovernments: number;
  /** Cases whose evidence, judged against the build date, says berjalan or berkembang. */
  running: number;
}

/** Count cases, distinct regions, provincial cases, awards by recipient and cases still alive on `buildDate`. */
export function glance(cases: readonly CaseFacts[], buildDate: Date): Glance {
  const regions = new Set(cases.flatMap((c) => (c.kabupaten_kota ? [c.kabupaten_kota.id] : [])));
  const awards = awardsByRecipient(cases.flatMap((c) => c.penghargaan), (a) => a);
  return {
    cases: cases.length,
    regionsWithCases: regions.size,
    provincialCases: cases.filter((c) => !c.kabupaten_kota).length,
    awardsToInnovations: awards.inovasi.length,
    awardsToGovernments: awards.pemerintah.length,
    running: cases.filter((c) => isAlive(deriveStatus(c.keberlanjutan, buildDate))).length,
  };
}
