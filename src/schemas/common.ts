/**
 * Building blocks shared by every content schema. Each schema module exports a factory
 * that takes {@link SchemaDeps}, so the real schemas run both inside Astro (with
 * `image()` and `reference()` from `astro:content`) and in plain Vitest (with stand-ins).
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections.ts';
import { isKabKotaCode } from './wilayah-codes.ts';

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

/**
 * A date as editors write it in YAML (`2022-09-02`, unquoted or quoted).
 * Astro's YAML parser turns unquoted dates into Date objects; both forms are accepted.
 */
export const date = () =>
  z.coerce.date({ error: 'Tanggal tidak valid: tulis sebagai TTTT-BB-HH, misalnya 2022-09-02.' });

/** How exactly a {@link PartialDate} is known. */
export type DatePrecision = 'tahun' | 'bulan' | 'hari';

/** A date known only to the year or month, as sources often give it ("sejak 2017"). */
export interface PartialDate {
  /** `2017`, `2017-05` or `2017-05-01`; sorts and compares as a string. */
  iso: string;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

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
      const precision: DatePrecision = match[3] ? 'hari' : match[2] ? 'bulan' : 'tahun';
      return { iso: raw, precision };
    });

/** One source an entry relies on: every fact on the site must point at one. */
export const sourceSchema = () =>
  z.object({
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
  z.object({
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

/** Fields every editorial entry has: summary, sources, illustration flag, draft, dates. */
export const editorialFields = () => ({
  /**
   * Centang (`true`) jika entri ini hanya contoh, bukan fakta bersumber. Halamannya lalu diberi tanda
   * "Ilustrasi" dan sumber tidak wajib.
   */
  ilustrasi: z.boolean().default(false),
  /** Sumber untuk semua yang dinyatakan entri ini; minimal satu, kecuali `ilustrasi: true`. */
  sumber: z.array(sourceSchema()).default([]),
  /** Draf hanya tampil di pratinjau (`npm run dev`), tidak ikut terbit. */
  draf: z.boolean().default(false),
  /** Tanggal entri pertama kali terbit di Rumah Inovasi (TTTT-BB-HH). */
  diterbitkan: date(),
  /** Tanggal perubahan isi terakhir yang berarti, jika ada (TTTT-BB-HH). */
  diperbarui: date().optional(),
});

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
