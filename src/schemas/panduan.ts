/** Best-practice guide (panduan): how-to guidance with an owner and a change history. */
import { z } from 'astro/zod';
import { date, editorialFields, enumOf, refs, requireSources, strictObject, text, type SchemaDeps } from './common.ts';
import { GUIDE_LEVELS } from './vocabulary.ts';

/** Schema of `content/panduan/*.md(x)`. */
export const guideSchema = (deps: SchemaDeps) =>
  strictObject({
    /** Title of the guide. */
    judul: text('Judul'),
    /** One or two sentences on what the reader will be able to do. */
    ringkasan: text('Ringkasan'),
    /** Topics: ids of files in content/topik/. */
    topik: refs(deps, 'topik'),
    /** dasar (introductory), menengah, lanjut (advanced). */
    tingkat: enumOf(GUIDE_LEVELS, 'Tingkat'),
    /** Content owner responsible for keeping it right: id of a file in content/organisasi/. */
    pemilik: deps.reference('organisasi'),
    /** Change history, newest first: what changed and when. */
    riwayat: z
      .array(strictObject({ tanggal: date(), catatan: text('Catatan perubahan') }))
      .default([]),
    /** Related guides: ids of files in content/panduan/. */
    panduan_terkait: refs(deps, 'panduan'),
    /** Related case studies: ids of files in content/studi-kasus/. */
    studi_kasus_terkait: refs(deps, 'studi-kasus'),
    ...editorialFields(),
  })
  .superRefine(requireSources);
