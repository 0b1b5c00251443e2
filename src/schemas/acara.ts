/** Event (acara): a workshop, competition or forum. */
import { z } from 'astro/zod';
import { date, editorialFields, enumOf, refs, requireSources, strictObject, text, type SchemaDeps } from './common.ts';
import { EVENT_MODES } from './vocabulary.ts';

/** Schema of `content/acara/*.md(x)`. */
export const eventSchema = (deps: SchemaDeps) =>
  strictObject({
    /** Name of the event. */
    judul: text('Judul'),
    /** What happened, in a sentence or two. */
    ringkasan: text('Ringkasan'),
    /** First (or only) day. */
    tanggal_mulai: date(),
    /** Last day, for events longer than one day. */
    tanggal_selesai: date().optional(),
    /** Venue, as the source names it. */
    tempat: z.string().trim().min(1).optional(),
    /** luring (in person), daring (online), hibrida (both). */
    moda: enumOf(EVENT_MODES, 'Moda'),
    /** Organisers: ids of files in content/organisasi/. */
    penyelenggara: z
      .array(deps.reference('organisasi'))
      .min(1, { error: 'Sebutkan minimal satu penyelenggara (nama berkas di content/organisasi/).' }),
    /** Partners: ids of files in content/organisasi/. */
    mitra: refs(deps, 'organisasi'),
    /** Speakers: ids of files in content/orang/. */
    narasumber: refs(deps, 'orang'),
    /** Topics: ids of files in content/topik/. */
    topik: refs(deps, 'topik'),
    ...editorialFields(),
  })
  .superRefine((data, ctx) => {
    requireSources(data, ctx);
    if (data.tanggal_selesai && data.tanggal_selesai < data.tanggal_mulai) {
      ctx.addIssue({
        code: 'custom',
        path: ['tanggal_selesai'],
        message: 'Tanggal selesai lebih awal dari tanggal mulai. Periksa kedua tanggal.',
      });
    }
  });
