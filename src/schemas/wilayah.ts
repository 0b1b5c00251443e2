/** Region (wilayah): one of the 38 kab/kota of Jawa Timur, from content/wilayah/*.csv. */
import { z } from 'astro/zod';
import { enumOf, strictObject } from './messages.ts';
import { isKabKotaCode } from './wilayah-codes.ts';
import { REGION_KINDS } from './vocabulary.ts';

/** Schema of one row of `content/wilayah/jatim-kabkota.csv`. */
export const regionSchema = () =>
  strictObject({
    /** Entry id the CSV loader adds to each row: the same code as `kode`. */
    id: z.string().optional(),
    /** BPS/Kemendagri code, e.g. "3578"; also the entry id. */
    kode: z.string().refine(isKabKotaCode, { error: 'Kode bukan kode kabupaten/kota Jawa Timur.' }),
    /** Official name, e.g. "Kota Surabaya". */
    nama: z.string().min(1),
    /** kabupaten or kota. */
    jenis: enumOf(REGION_KINDS, 'Jenis wilayah'),
    /** Latitude of the polygon centroid (WGS84). */
    lat: z.coerce.number(),
    /** Longitude of the polygon centroid (WGS84). */
    lon: z.coerce.number(),
  });
