/**
 * Open data: entries turned into plain values (references as ids, dates as ISO strings,
 * images as their published path) and written as CSV that opens correctly in Excel:
 * UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, one row per entry.
 * Lists of values are joined with {@link LIST_SEPARATOR}; lists of records (awards,
 * results, history) are written as JSON text in their cell, so nothing is lost and a
 * program can read them back. Hand-rolled: the writer is thirty lines and the site ships
 * no CSV dependency.
 */

/** What joins the items of a list of values in one CSV cell. */
export const LIST_SEPARATOR = ' | ';

/** UTF-8 byte-order mark: without it Excel reads UTF-8 CSV as the local code page. */
export const BOM = '\uFEFF';

/** A JSON-compatible value. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

const isRef = (v: object): v is { id: string; collection: string } =>
  Object.keys(v).length === 2 && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { collection?: unknown }).collection === 'string';
const isPartialDate = (v: object): v is { iso: string; precision: string } =>
  Object.keys(v).length === 2 && typeof (v as { iso?: unknown }).iso === 'string' && typeof (v as { precision?: unknown }).precision === 'string';
const isImage = (v: object): v is { src: string; width: number; height: number } =>
  typeof (v as { src?: unknown }).src === 'string' && typeof (v as { width?: unknown }).width === 'number';

/**
 * An entry's data as plain JSON values: a reference becomes the id it points at, a partial
 * date its ISO text (`2019`, `2019-05`), a date `TTTT-BB-HH`, an image its path; undefined
 * fields are left out.
 */
export function plain(value: unknown): Plain | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  if (typeof value === 'object') {
    if (isRef(value)) return value.id;
    if (isPartialDate(value)) return value.iso;
    if (isImage(value)) return value.src;
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value)) {
      const p = plain(v);
      if (p !== undefined) out[k] = p;
    }
    return out;
  }
  return String(value);
}

/** One CSV cell's text from a plain value: lists of values joined, records as JSON. */
export function cellText(value: Plain | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    return value.every((v) => v === null || typeof v !== 'object') ? value.map((v) => (v === null ? '' : String(v))).join(LIST_SEPARATOR) : JSON.stringify(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Flatten one record into columns: nested objects become dotted columns
 * (`keberlanjutan.status`), lists stay one cell.
 */
export function flatten(record: { [key: string]: Plain }, prefix = ''): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(record)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, key));
    else out[key] = v;
  }
  return out;
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell);

/** CSV text of records: header row from `columns` (or every key, in order of first appearance). */
export function toCsv(records: readonly Record<string, Plain>[], columns?: readonly string[]): string {
  const header = columns ?? [...new Set(records.flatMap((r) => Object.keys(r)))];
  const lines = [header, ...records.map((r) => header.map((c) => cellText(r[c])))].map((cells) => cells.map(quote).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Read CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks) into rows of cells. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      // CRLF ends the row at the \n.
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV text back into records keyed by the header (for tests and readers of the export). */
export function readCsvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = readCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
