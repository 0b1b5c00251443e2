/** Speaker material (materi): a talk, opening speech, paper or recording at an event. */
import { z } from 'astro/zod';
import { attachmentSchema, date, editorialFields, enumOf, refs, requireSources, strictObject, text, url, type SchemaDeps } from './common.ts';
import { MATERIAL_KINDS } from './vocabulary.ts';

/** Schema of `content/materi/*.md(x)`. */
export const materialSchema = (deps: SchemaDeps) =>
  strictObject({
    /** Title of the talk, as the event or source names it. */
    judul: text('Judul'),
    /** paparan (talk), sambutan (opening/welcome speech), makalah (paper), rekaman (recording). */
    jenis: enumOf(MATERIAL_KINDS, 'Jenis materi'),
    /** Speaker(s): ids of files in content/orang/. */
    narasumber: z
      .array(deps.reference('orang'))
      .min(1, { error: 'Sebutkan minimal satu narasumber (nama berkas di content/orang/).' }),
    /** The event: id of a file in content/acara/. */
    acara: deps.reference('acara').optional(),
    /** Date the material was presented. */
    tanggal: date(),
    /** Short summary of what was said, only as far as the sources report it. */
    ringkasan: text('Ringkasan'),
    /** Slides, PDF or other files. */
    berkas: z.array(attachmentSchema()).default([]),
    /** Link to a video recording. */
    video: url().optional(),
    /** Topics: ids of files in content/topik/. */
    topik: refs(deps, 'topik'),
    ...editorialFields(),
  })
  .superRefine(requireSources);
