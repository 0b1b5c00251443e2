/**
 * A small CSV reader for the region table (`kode,nama,jenis,lat,lon`): comma-separated,
 * optional double quotes with "" escapes, first line is the header. Enough for data we
 * ship; not a general CSV library.
 */
import { KAB_KOTA_CODES } from '../schemas/wilayah-codes.ts';

/** Parse CSV text into one object per row, keyed by the header names. */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const [header, ...rows] = lines.map(splitCsvLine);
  if (!header) return [];
  return rows.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Error(
        `Baris ${i + 2} CSV berisi ${cells.length} kolom, padahal header berisi ${header.length} (${header.join(',')}).`,
      );
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j] ?? '']));
  });
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells;
}

/**
 * Rows of the region table as collection entries (id = BPS code). Two rows with the same
 * code would silently overwrite each other in the content layer, and a missing row would
 * silently drop a region page, so both fail here.
 */
export function regionEntries(text: string): (Record<string, string> & { id: string })[] {
  const rows = parseCsv(text);
  const seen = new Set<string>();
  const missing = KAB_KOTA_CODES.filter((code) => !rows.some((row) => row['kode'] === code));
  if (missing.length > 0) {
    throw new Error(`Berkas wilayah tidak memuat semua 38 kabupaten/kota Jawa Timur; kode yang hilang: ${missing.join(', ')}.`);
  }
  return rows.map((row, i) => {
    const code = row['kode'] ?? '';
    if (seen.has(code)) {
      throw new Error(`Kode wilayah ${code} muncul lebih dari sekali (baris ${i + 2} berkas wilayah). Setiap kode hanya boleh satu baris.`);
    }
    seen.add(code);
    return { ...row, id: code };
  });
}
