/** Speaker material (materi): a talk, opening speech, paper or recording at an event. */
import { z } from 'astro/zod';
import { attachmentSchema, date, editorialFields, enumOf, refs, requireSources, strictObject, text, url, type SchemaDeps } from './common.ts';
import { MATERIAL_KINDS } from './vocabulary.ts';

/** Schema of `content/materi/*.md(x)`. */
export const materialSchema = (deps: SchemaDeps) =>
  strictObject({
      /** Judul materi, sebagaimana disebut acara atau sumber. */
      judul: text('Judul'),
      /** Jenis materi: paparan, sambutan, makalah, atau rekaman. */
      jenis: enumOf(MATERIAL_KINDS, 'Jenis materi'),
      /** Narasumber, dipilih dari daftar orang (nama berkas di content/orang/). */
      narasumber: z
        .array(deps.reference('orang'))
        .min(1, { error: 'Sebutkan minimal satu narasumber (nama berkas di content/orang/).' }),
      /** Acara tempat materi disampaikan (nama berkas di content/acara/). */
      acara: deps.reference('acara').optional(),
      /** Tanggal materi disampaikan (TTTT-BB-HH). */
      tanggal: date(),
      /** Ringkasan singkat isi materi, sebatas yang dilaporkan sumber. */
      ringkasan: text('Ringkasan'),
      /** Salindia, PDF, atau berkas lain. */
      berkas: z.array(attachmentSchema()).default([]),
      /** Alamat web rekaman video. */
      video: url().optional(),
      /** Topik, dipilih dari daftar topik (nama berkas di content/topik/). */
      topik: refs(deps, 'topik'),
      ...editorialFields(),
    })
    .superRefine(requireSources);
