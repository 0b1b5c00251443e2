/**
 * `npm run baru`: a new content file from its collection's template. The slug comes from
 * the title the same way every file name becomes a URL (src/lib/slug.ts): lowercase ASCII,
 * diacritics folded, hyphens. Pure: the script does the reading and writing.
 */
import { stringify } from 'yaml';
import { closest } from '../schemas/messages.ts';
import { MARKDOWN_COLLECTIONS, type CollectionName } from './collections.ts';
import { isPageNumber, slugFromPath } from './slug.ts';

/** The frontmatter key that holds the title, per collection. */
const TITLE_KEY: Partial<Record<CollectionName, string>> = { orang: 'nama', organisasi: 'nama', topik: 'nama' };

/** The collection named on the command line, or an Indonesian error with a suggestion. */
export function parseCollection(name: string | undefined): CollectionName {
  const known: readonly string[] = MARKDOWN_COLLECTIONS;
  if (name && known.includes(name)) return name as CollectionName;
  const guess = name ? closest(name, MARKDOWN_COLLECTIONS) : undefined;
  throw new Error(
    `${name ? `Koleksi "${name}" tidak dikenal. ` : 'Sebutkan koleksinya. '}${guess ? `Maksud Anda "${guess}"? ` : ''}Pilih salah satu: ${MARKDOWN_COLLECTIONS.join(', ')}. Contoh: npm run baru -- studi-kasus "Nama Inovasi"`,
  );
}

/** The file name a title gets, e.g. "Sekolah Ramah Anak — Édisi 2" → `sekolah-ramah-anak-edisi-2`. */
export function slugFromTitle(title: string): string {
  const slug = slugFromPath(title.replace(/[\\/]/g, ' ').replace(/\./g, ' '));
  if (!slug) throw new Error(`Judul "${title}" tidak menghasilkan nama berkas: tulis judul dengan huruf atau angka.`);
  if (isPageNumber(slug)) {
    throw new Error(
      `Judul "${title}" menghasilkan nama berkas yang hanya berisi angka (${slug}), padahal alamat berupa angka dipakai halaman bernomor daftar. Tulis judul yang menjelaskan isinya, misalnya "Klinik Bumdesa ${title.trim()}".`,
    );
  }
  return slug;
}

const NOTE =
  '# Baris yang diawali "#" adalah catatan dan boleh dihapus. Tulis hanya yang dikatakan sumber; hapus kolom yang tidak diketahui.';

/**
 * The template with the title filled in (quoted when YAML needs it), today's date as the
 * publication date, and the template's "copy this file" notes removed.
 */
export function fillTemplate(template: string, collection: CollectionName, title: string, today: string): string {
  const key = TITLE_KEY[collection] ?? 'judul';
  const scalar = stringify(title.trim()).trimEnd();
  let filled = false;
  const source = template.replace(/^\uFEFF/, '').split(/\r?\n/);
  // The template's opening notes are about copying the template; the new file gets one note.
  let firstField = 1;
  while (firstField < source.length && /^\s*(#.*)?$/.test(source[firstField] ?? '')) firstField++;
  const example = source.slice(1, firstField).filter((line) => line.startsWith('# Contoh lengkap'));
  const lines = [source[0] ?? '---', NOTE, ...example, ...source.slice(firstField)].map((line) => {
    if (!filled && line.startsWith(`${key}:`)) {
      filled = true;
      const comment = /\s+#.*$/.exec(line.slice(key.length + 1))?.[0] ?? '';
      return `${key}: ${scalar}${comment}`;
    }
    return line.replace(/^diterbitkan:\s*\d{4}-\d{2}-\d{2}/, `diterbitkan: ${today}`);
  });
  if (!filled) throw new Error(`Templat ${collection} tidak memuat kolom ${key}; perbaiki templatnya.`);
  return lines.join('\n');
}
