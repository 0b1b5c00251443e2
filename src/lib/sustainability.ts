/**
 * How current a sustainability status is. A status is only as good as its newest
 * evidence: "berjalan" backed by a 2015 article says little about today, so pages show
 * the evidence date and flag statuses whose evidence is old.
 */
import type { PartialDate } from '../schemas/common.ts';

/** Evidence older than this, counted from the check date, makes a status "perlu dikonfirmasi". */
export const STALE_AFTER_YEARS = 2;

/** The newest evidence date in a status history, if any. */
export function latestEvidence(history: readonly { tanggal: PartialDate }[]): PartialDate | undefined {
  return history.reduce<PartialDate | undefined>(
    (latest, entry) => (latest === undefined || entry.tanggal.iso > latest.iso ? entry.tanggal : latest),
    undefined,
  );
}

/**
 * True when there is no evidence, or the newest evidence is more than
 * {@link STALE_AFTER_YEARS} years before the date the status was checked. A year-only
 * date counts as the end of that year, so "2024" is not stale when checked in 2026.
 */
export function isStale(latest: PartialDate | undefined, checked: Date): boolean {
  if (!latest) return true;
  const [year = 0, month = 12] = latest.iso.split('-').map(Number);
  const evidenceMonths = year * 12 + (month - 1);
  const checkedMonths = checked.getUTCFullYear() * 12 + checked.getUTCMonth();
  return checkedMonths - evidenceMonths > STALE_AFTER_YEARS * 12;
}
