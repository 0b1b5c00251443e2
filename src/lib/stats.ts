/**
 * The numbers at a glance on the home page, computed from the case studies themselves.
 * "Still running" uses the same derived status as every list and filter (sustainability.ts).
 */
import type { AWARD_RECIPIENTS } from '../schemas/vocabulary.ts';
import { deriveStatus, isAlive, type SustainabilityInput } from './sustainability.ts';

/** Whom an award was given to: the innovation, or a government (IGA). */
export type AwardRecipient = (typeof AWARD_RECIPIENTS)[number];

/** The fields of a case study the figures need. */
export interface CaseFacts {
  kabupaten_kota?: { id: string } | undefined;
  penghargaan: readonly { penerima: AwardRecipient }[];
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

/** Recorded awards counted by whom they were given to. */
export function awardsByRecipient(cases: readonly Pick<CaseFacts, 'penghargaan'>[]): Record<AwardRecipient, number> {
  const counts: Record<AwardRecipient, number> = { inovasi: 0, pemerintah: 0 };
  for (const award of cases.flatMap((c) => c.penghargaan)) counts[award.penerima] += 1;
  return counts;
}

/** Count cases, distinct regions, provincial cases, awards by recipient and cases still alive on `buildDate`. */
export function glance(cases: readonly CaseFacts[], buildDate: Date): Glance {
  const regions = new Set(cases.flatMap((c) => (c.kabupaten_kota ? [c.kabupaten_kota.id] : [])));
  const awards = awardsByRecipient(cases);
  return {
    cases: cases.length,
    regionsWithCases: regions.size,
    provincialCases: cases.filter((c) => !c.kabupaten_kota).length,
    awardsToInnovations: awards.inovasi,
    awardsToGovernments: awards.pemerintah,
    running: cases.filter((c) => isAlive(deriveStatus(c.keberlanjutan, buildDate))).length,
  };
}
