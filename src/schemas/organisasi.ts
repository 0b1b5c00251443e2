/** Organisation: provincial agencies, kab/kota governments, ministries and partners. */
import { z } from 'astro/zod';
import { enumOf, kabKota, requireSources, sourcingFields, strictObject, text, url, type SchemaDeps } from './common.ts';
import { ORG_KINDS } from './vocabulary.ts';

/** Schema of `content/organisasi/*.md(x)`. */
export const organisationSchema = (deps: SchemaDeps) =>
  strictObject({
      /** Nama resmi, misalnya "Dinas Kelautan dan Perikanan Provinsi Jawa Timur". */
      nama: text('Nama'),
      /** Singkatan yang lazim, misalnya "DKP Jatim". */
      singkatan: z.string().trim().min(1).optional(),
      /** Jenis organisasi. */
      jenis: enumOf(ORG_KINDS, 'Jenis organisasi'),
      /** Organisasi induk (nama berkas di content/organisasi/), misalnya pemerintah daerah sebuah dinas. */
      induk: deps.reference('organisasi').optional(),
      /** Kabupaten/kota (kode BPS), untuk pemerintah kabupaten/kota dan perangkat daerahnya. */
      kabupaten_kota: kabKota(deps).optional(),
      /** Alamat situs resmi. */
      situs: url().optional(),
      ...sourcingFields(),
    })
    .superRefine(requireSources);
