/** Organisation: provincial agencies, kab/kota governments, ministries and partners. */
import { z } from 'astro/zod';
import { enumOf, kabKota, requireSources, sourcingFields, strictObject, text, url, type SchemaDeps } from './common.ts';
import { ORG_KINDS } from './vocabulary.ts';

/** Schema of `content/organisasi/*.md(x)`. */
export const organisationSchema = (deps: SchemaDeps) =>
  strictObject({
    /** Official name, e.g. "Dinas Kelautan dan Perikanan Provinsi Jawa Timur". */
    nama: text('Nama'),
    /** Common abbreviation, e.g. "DKP Jatim". */
    singkatan: z.string().trim().min(1).optional(),
    /** Kind of organisation. */
    jenis: enumOf(ORG_KINDS, 'Jenis organisasi'),
    /** Parent organisation: id of a file in content/organisasi/ (e.g. a dinas's government). */
    induk: deps.reference('organisasi').optional(),
    /** Kab/kota by BPS code, for kab/kota governments and their agencies. */
    kabupaten_kota: kabKota(deps).optional(),
    /** Official website. */
    situs: url().optional(),
    ...sourcingFields(),
  })
  .superRefine(requireSources);
