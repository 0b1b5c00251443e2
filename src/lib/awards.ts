/**
 * Whom an award went to. KIPP and Kovablik recognise an innovation; IGA (Kemendagri)
 * recognises a government (the province or a kab/kota), even when the innovation is named
 * in the news. Pages keep the two apart so a case is not credited with a government's prize.
 */
import type { AWARD_RECIPIENTS } from '../schemas/vocabulary.ts';

export type AwardRecipient = (typeof AWARD_RECIPIENTS)[number];

/** The part of an award this needs; `penerima` is the field editors fill in when known. */
export interface AwardInput {
  kompetisi: string;
  penerima?: AwardRecipient | undefined;
}

/**
 * The recipient an editor recorded (`penerima`), or, when not recorded, `pemerintah` for
 * IGA (Kemendagri's award to a government) and `inovasi` for every other competition.
 */
export function awardRecipient(award: AwardInput): AwardRecipient {
  if (award.penerima !== undefined) return award.penerima;
  return award.kompetisi === 'iga' ? 'pemerintah' : 'inovasi';
}
