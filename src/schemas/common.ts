/**
 * Building blocks shared by every content schema. Each schema module exports a factory
 * that takes {@link SchemaDeps}, so the real schemas run both inside Astro (with
 * `image()` and `reference()` from `astro:content`) and in plain Vitest (with stand-ins).
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections.ts';
import { strictObject } from './messages.ts';
import { isKabKotaCode } from './wilayah-codes.ts';

export { enumOf, strictObject } from './messages.ts';

/** A resolved cross-reference, the shape Astro's `reference()` produces. */
export interface Ref<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/** What a schema factory needs from Astro; tests pass stand-ins with the same output. */
export interface SchemaDeps {
  /** Astro's `image()` helper from the schema context (validates and imports a local image). */
  image: () => z.ZodType<ImageMetadata>;
  /** Astro's `reference()` from `astro:content`. */
  // Input is `any`: Astro's reference() accepts an id, a number or a `{ id, collection }` object.
  reference: <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, any>;
}

/** A non-empty, trimmed line of text. `what` names the field in the Indonesian error. */
export const text = (what: string) =>
  z
    .string({ error: `${what} wajib diisi dan berupa teks.` })
    .trim()
    .min(1, { error: `${what} tidak boleh kosong.` });

/** A web address (http or https). */
export const url = () =>
  z.url({
    protocol: /^https?$/,
    error: 'Harus berupa alamat web lengkap yang diawali http:// atau https://',
  });

const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

/**
 * Why a calendar date does not exist (`2023-02-30`, `2022-13-45`), or undefined when it does.
 * YAML libraries that build `Date` objects roll such dates over into the next month; the
 * site refuses them instead.
 */
export function impossibleDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `bulan ${String(month).padStart(2, '0')} tidak ada (bulan 01–12)`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) {
    return `${MONTHS[month - 1]} ${year} hanya sampai tanggal ${last}`;
  }
  return undefined;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A full date as editors write it in YAML, `2022-09-02`. The content loader parses YAML
 * without turning dates into `Date` objects, so an impossible date (`2023-02-30`) arrives
 * here as text and is refused rather than rolled over; a `Date` is still accepted.
 */
export const date = () =>
  z
    .union([z.date(), z.string()], {
      error: 'Tanggal tidak valid: tulis sebagai TTTT-BB-HH, misalnya 2022-09-02.',
    })
    .transform((value, ctx): Date => {
      if (value instanceof Date) return value;
      const raw = value.trim();
      const match = FULL_DATE.exec(raw);
      if (!match) {
        ctx.addIssue({
          code: 'custom',
          message: `"${raw}" bukan tanggal yang dikenali. Tulis sebagai TTTT-BB-HH, misalnya 2022-09-02.`,
        });
        return z.NEVER;
      }
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const why = impossibleDate(year, month, day);
      if (why) {
        ctx.addIssue({ code: 'custom', message: `Tanggal ${raw} tidak ada: ${why}. Periksa tanggalnya pada sumber.` });
        return z.NEVER;
      }
      return new Date(Date.UTC(year, month - 1, day));
    });

/** How exactly a {@link PartialDate} is known. */
export type DatePrecision = 'tahun' | 'bulan' | 'hari';

/** A date known only to the year or month, as sources often give it ("sejak 2017"). */
export interface PartialDate {
  /** `2017`, `2017-05` or `2017-05-01`; sorts and compares as a string. */
  iso: string;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date that may be partial: `2017`, `2017-05` or `2017-05-01`. Writing only what the
 * source says keeps the site from inventing a day or month.
 */
export const partialDate = () =>
  z
    .union([z.date(), z.number().int(), z.string()], {
      error: 'Tanggal harus ditulis TTTT, TTTT-BB, atau TTTT-BB-HH.',
    })
    .transform((value, ctx): PartialDate => {
      const raw =
        value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
      const match = PARTIAL_DATE.exec(raw);
      if (!match) {
        ctx.addIssue({
          code: 'custom',
          message: `"${raw}" bukan tanggal yang dikenali. Tulis TTTT (2017), TTTT-BB (2017-05), atau TTTT-BB-HH (2017-05-01).`,
        });
        return z.NEVER;
      }
      const why = impossibleDate(Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1));
      if (why) {
        ctx.addIssue({ code: 'custom', message: `Tanggal ${raw} tidak ada: ${why}. Periksa tanggalnya pada sumber.` });
        return z.NEVER;
      }
      const precision: DatePrecision = match[3] ? 'hari' : match[2] ? 'bulan' : 'tahun';
      return { iso: raw, precision };
    });

/** A short id of a source, e.g. `antara-2020`: lowercase letters, digits and hyphens. */
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One source an entry relies on: every fact on the site must point at one. */
export const sourceSchema = () =>
  strictObject({
    /**
     * Nama pendek sumber ini, misalnya `antara-2020`, agar penghargaan, hasil, atau bukti cukup
     * menulis `sumber: antara-2020` tanpa mengulang alamatnya.
     */
    id: z
      .string()
      .regex(SOURCE_ID, { error: 'Id sumber ditulis dengan huruf kecil, angka dan tanda hubung, misalnya antara-2020.' })
      .optional(),
    /** Judul artikel atau dokumen, persis seperti tertulis di sumber. */
    judul: text('Judul sumber'),
    /** Alamat web lengkap sumber, diawali http:// atau https://. */
    url: url(),
    /** Penerbitnya (media, instansi), jika diketahui. */
    penerbit: z.string().trim().min(1).optional(),
    /** Tanggal terbit, jika sumber mencantumkannya (boleh hanya tahun). */
    tanggal: partialDate().optional(),
  });

/** A downloadable file or external document attached to an entry. */
export const attachmentSchema = () =>
  strictObject({
    /** Apa yang didapat pembaca, misalnya "Bahan paparan (PDF)". */
    judul: text('Judul lampiran'),
    /**
     * Jalur berkas di folder `public/` yang diawali `/` (misalnya `/berkas/paparan.pdf`) atau alamat
     * web lengkap.
     */
    berkas: z.union([url(), z.string().regex(/^\/\S+$/)], {
      error: 'Lampiran harus berupa alamat web lengkap atau jalur berkas di public/ yang diawali "/".',
    }),
    /** Format berkas yang ditampilkan kepada pembaca, misalnya PDF atau PPTX. */
    format: z.string().trim().min(1).optional(),
  });

/** Kab/kota of Jawa Timur by its 4-digit BPS code, resolved as a reference to `wilayah`. */
export const kabKota = (deps: SchemaDeps) =>
  z
    .union([z.string(), z.number()], { error: 'Tulis kode BPS kabupaten/kota, misalnya 3578.' })
    .transform((v) => String(v).trim())
    .refine(isKabKotaCode, {
      error: (issue) =>
        `"${String(issue.input)}" bukan kode kabupaten/kota Jawa Timur. Gunakan salah satu dari 38 kode BPS (3501–3529 untuk kabupaten, 3571–3579 untuk kota); daftarnya ada di content/wilayah/jatim-kabkota.csv.`,
    })
    .pipe(deps.reference('wilayah'));

/** A list of references that may be empty; omitted means empty. */
export const refs = <C extends CollectionName>(deps: SchemaDeps, collection: C) =>
  z.array(deps.reference(collection)).default([]);

/** Word count as KIPP counts the summary limit: runs of non-space characters. */
export function countWords(value: string): number {
  const trimmed = value.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Fields every sourced entry has: sources, the illustration flag and the draft flag. */
export const sourcingFields = () => ({
  /**
   * Centang (`true`) jika entri ini hanya contoh, bukan fakta bersumber. Halamannya lalu diberi tanda
   * "Ilustrasi" dan sumber tidak wajib.
   */
  ilustrasi: z.boolean().default(false),
  /** Sumber untuk semua yang dinyatakan entri ini; minimal satu, kecuali `ilustrasi: true`. */
  sumber: z.array(sourceSchema()).default([]),
  /** Draf hanya tampil di pratinjau (`npm run dev`), tidak ikut terbit. */
  draf: z.boolean().default(false),
});

/** Fields every editorial entry has: the sourcing fields plus publication dates. */
export const editorialFields = () => ({
  ...sourcingFields(),
  /** Tanggal entri pertama kali terbit di Rumah Inovasi (TTTT-BB-HH). */
  diterbitkan: date(),
  /** Tanggal perubahan isi terakhir yang berarti, jika ada (TTTT-BB-HH). */
  diperbarui: date().optional(),
});

/**
 * Where a fact's source goes: a full web address, or the `id` of an entry of the same
 * file's `sumber` list (resolved to its address by {@link resolveSourceIds}).
 */
export const sourceRef = () =>
  z.union([url(), z.string().regex(SOURCE_ID)], {
    error: (issue) =>
      `"${String(issue.input)}" bukan alamat web lengkap (diawali http:// atau https://) dan bukan id sumber. Tulis alamatnya, atau id salah satu butir daftar \`sumber\` (misalnya antara-2020).`,
  });

type SourceList = { sumber: readonly { id?: string | undefined; url: string }[] };

/** Paths of every {@link sourceRef} field inside `data` that holds a short id, not a URL. */
function sourceIdFields(data: unknown, fields: readonly (readonly PropertyKey[])[]): { path: PropertyKey[]; id: string }[] {
  const found: { path: PropertyKey[]; id: string }[] = [];
  const walk = (value: unknown, rest: readonly PropertyKey[], path: PropertyKey[]): void => {
    if (rest.length === 0) {
      if (typeof value === 'string' && SOURCE_ID.test(value)) found.push({ path, id: value });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, tail, [...path, i]));
    } else if (typeof value === 'object' && value !== null && head !== undefined) {
      walk((value as Record<PropertyKey, unknown>)[head], tail, [...path, head]);
    }
  };
  for (const field of fields) walk(data, field, []);
  return found;
}

/**
 * Refuses a short source id that names no entry of the file's `sumber` list, and an id
 * used twice in that list. `fields` are paths with `*` for "every item", e.g.
 * `['penghargaan', '*', 'sumber']`.
 */
export function checkSourceIds(fields: readonly (readonly PropertyKey[])[]) {
  return (data: SourceList, ctx: z.RefinementCtx): void => {
    const ids = new Map<string, number>();
    data.sumber.forEach((source, i) => {
      if (!source.id) return;
      if (ids.has(source.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sumber', i, 'id'],
          message: `Id sumber "${source.id}" sudah dipakai butir sumber lain. Beri setiap sumber id yang berbeda.`,
        });
      }
      ids.set(source.id, i);
    });
    for (const { path, id } of sourceIdFields(data, fields)) {
      if (ids.has(id)) continue;
      const known = [...ids.keys()];
      ctx.addIssue({
        code: 'custom',
        path,
        message: known.length
          ? `Tidak ada sumber dengan id "${id}" di daftar \`sumber\` berkas ini (id yang ada: ${known.join(', ')}). Perbaiki id-nya atau tulis alamat web lengkap.`
          : `Tidak ada sumber dengan id "${id}": beri butir daftar \`sumber\` yang dimaksud kolom \`id: ${id}\`, atau tulis alamat web lengkap.`,
      });
    }
  };
}

/**
 * Replaces each short source id by the address of that source, so everything downstream
 * of the schema sees only URLs. Runs as an `overwrite`, which keeps the object's type.
 */
export function resolveSourceIds<T extends SourceList>(fields: readonly (readonly PropertyKey[])[]) {
  return (data: T): T => {
    const urls = new Map(data.sumber.filter((s) => s.id).map((s) => [s.id, s.url]));
    for (const { path, id } of sourceIdFields(data, fields)) {
      const address = urls.get(id);
      if (!address) continue;
      const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], data);
      (parent as Record<PropertyKey, unknown>)[path[path.length - 1] as PropertyKey] = address;
    }
    return data;
  };
}

/** Rule shared by every editorial schema: sourced unless marked as illustration. */
export function requireSources(
  data: { ilustrasi: boolean; sumber: unknown[] },
  ctx: z.RefinementCtx,
): void {
  if (!data.ilustrasi && data.sumber.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['sumber'],
      message:
        'Cantumkan minimal satu sumber (judul dan url). Jika isi ini hanya contoh, tulis "ilustrasi: true".',
    });
  }
}
