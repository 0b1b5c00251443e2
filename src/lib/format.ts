/**
 * Formatting of dates and numbers the way Indonesian readers expect (`id-ID`), with
 * `Intl` rather than hand-written month names.
 */
import type { PartialDate } from '../schemas/common.ts';

const dayFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/**
 * Formatted dates by value: a site has a few thousand distinct dates and prints each many
 * times (facts, cards, tables, feeds), and `Intl` formatting is the costly part.
 */
const formatted = new Map<string, string>();
function remember(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format()));
  return text;
}

/** "2 September 2022". Dates from frontmatter are calendar dates, so UTC is used throughout. */
export function formatDate(date: Date): string {
  return remember(`d${date.getTime()}`, () => dayFormat.format(date));
}

/** A date as precisely as it is known: "2017", "Mei 2017" or "1 Mei 2017". */
export function formatPartialDate(date: PartialDate): string {
  return remember(`${date.precision} ${date.iso}`, () => {
    const [year, month, day] = date.iso.split('-').map(Number);
    if (year === undefined) return date.iso;
    if (date.precision === 'tahun' || month === undefined) return String(year);
    if (date.precision === 'bulan' || day === undefined) return monthFormat.format(Date.UTC(year, month - 1, 1));
    return dayFormat.format(Date.UTC(year, month - 1, day));
  });
}

/** Machine-readable value for `<time datetime>`: "2022-09-02". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1.949", "2,04": Indonesian separators. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** The first `words` words of a text, with an ellipsis when cut (for list cards). */
export function excerpt(text: string, words = 40): string {
  const parts = text.trim().split(/\s+/u);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}
