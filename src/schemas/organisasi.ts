/** Organisation: provincial agencies, kab/kota governments, ministries and partners. */
import { z } from 'astro/zod';
import { kabKota, requireSources, sourceSchema, text, url, type SchemaDeps } from './common.ts';
import { ORG_KINDS } from './vocabulary.ts';

/** Schema of `content/organisasi/*.md(x)`. */
export const organisationSchema = (deps: SchemaDeps) =>
  z
    .object({
      /** Nama resmi, misalnya "Dinas Kelautan dan Perikanan Provinsi Jawa Timur". */
      nama: text('Nama'),
      /** Singkatan yang lazim, misalnya "DKP Jatim". */
      singkatan: z.string().trim().min(1).optional(),
      /** Jenis organisasi. */
      jenis: z.enum(ORG_KINDS, {
        error: `Jenis organisasi tidak dikenal. Pilih salah satu: ${ORG_KINDS.join(', ')}.`,
      }),
      /** Organisasi induk (nama berkas di content/organisasi/), misalnya pemerintah daerah sebuah dinas. */
      induk: deps.reference('organisasi').optional(),
      /** Kabupaten/kota (kode BPS), untuk pemerintah kabupaten/kota dan perangkat daerahnya. */
      kabupaten_kota: kabKota(deps).optional(),
      /** Alamat situs resmi. */
      situs: url().optional(),
      /** Sumber untuk nama dan perannya. */
      sumber: z.array(sourceSchema()).default([]),
      /** Centang (`true`) jika organisasi ini hanya contoh. */
      ilustrasi: z.boolean().default(false),
      /** Draf hanya tampil di pratinjau (`npm run dev`), tidak ikut terbit. */
      draf: z.boolean().default(false),
    })
    .superRefine(requireSources);
