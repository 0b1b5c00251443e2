/**
 * Whom an award went to. KIPP and Kovablik recognise an innovation; IGA (Kemendagri)
 * recognises a government (the province or a kab/kota), even when the innovation is named
 * in the news. Pages keep the two apart so a case is not credited with a government's prize.
 * The editor records it in `penghargaan[].penerima` (required by the schema; an IGA award
 * must say `pemerintah`, content-rules.ts), so it is read, never guessed.
 */
import { AWARD_RECIPIENTS } from '../schemas/vocabulary.ts';

export type AwardRecipient = (typeof AWARD_RECIPIENTS)[number];

/** The part of an award this needs. */
export interface AwardInput {
  penerima: AwardRecipient;
}

/**
 * Awards split by recipient: every recipient present (in vocabulary order, empty lists
 * included), items in the order given. The home figures (stats.ts) count these lists and
 * the awards page (views/penghargaan.ts) renders them, so the two always agree. `awardOf`
 * reaches the award inside a larger item (a table row that also carries its case).
 */
export function awardsByRecipient<T>(items: readonly T[], awardOf: (item: T) => AwardInput): Record<AwardRecipient, T[]> {
  const groups = Object.fromEntries(AWARD_RECIPIENTS.map((r) => [r, [] as T[]])) as Record<AwardRecipient, T[]>;
  for (const item of items) groups[awardOf(item).penerima].push(item);
  return groups;
}
