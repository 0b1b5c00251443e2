/** Organisation: provincial agencies, kab/kota governments, ministries and partners. */
import { z } from 'astro/zod';
import { kabKota, requireSources, sourceSchema, text, url, type SchemaDeps } from './common.ts';
import { ORG_KINDS } from './vocabulary.ts';

/** Schema of `content/organisasi/*.md(x)`. */
export const organisationSchema = (deps: SchemaDeps) =>
  z
    .object({
      /** Official name, e.g. "Dinas Kelautan dan Perikanan Provinsi Jawa Timur". */
      nama: text('Nama'),
      /** Common abbreviation, e.g. "DKP Jatim". */
      singkatan: z.string().trim().min(1).optional(),
      /** Kind of organisation. */
      jenis: z.enum(ORG_KINDS, {
        error: `Jenis organisasi tidak dikenal. Pilih salah satu: ${ORG_KINDS.join(', ')}.`,
      }),
      /** Parent organisation: id of a file in content/organisasi/ (e.g. a dinas's government). */
      induk: deps.reference('organisasi').optional(),
      /** Kab/kota by BPS code, for kab/kota governments and their agencies. */
      kabupaten_kota: kabKota(deps).optional(),
      /** Official website. */
      situs: url().optional(),
      /** Sources for the name and role. */
      sumber: z.array(sourceSchema()).default([]),
      /** True for an example organisation. */
      ilustrasi: z.boolean().default(false),
      /** Draft entries appear in `npm run dev` only. */
      draf: z.boolean().default(false),
    })
    .superRefine(requireSources);
