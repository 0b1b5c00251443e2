/**
 * The date a build judges evidence against. It is today, unless `RI_BUILD_DATE`
 * (`TTTT-BB-HH`) says otherwise, so tests and reproducible builds get the same statuses
 * whatever day they run.
 */

/** The build date from `RI_BUILD_DATE`, or today (UTC midnight) when unset. */
export function buildDateFrom(value: string | undefined, now: Date = new Date()): Date {
  if (value === undefined || value.trim() === '') {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(`${value.trim()}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value.trim()) {
    throw new Error(`RI_BUILD_DATE "${value}" bukan tanggal yang valid. Tulis TTTT-BB-HH, misalnya 2026-11-27, atau kosongkan untuk memakai tanggal hari ini.`);
  }
  return date;
}
