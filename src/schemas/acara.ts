/** Event (acara): a workshop, competition or forum. */
import { z } from 'astro/zod';
import { date, editorialFields, refs, requireSources, text, type SchemaDeps } from './common.ts';
import { EVENT_MODES, EVENT_ROLES } from './vocabulary.ts';

/** The part one person played at the event, e.g. who opened it and who spoke. */
const roleSchema = (deps: SchemaDeps) =>
  z.object({
    /** The person: id of a file in content/orang/, also listed in `narasumber`. */
    orang: deps.reference('orang'),
    /** pembuka (opened the event), narasumber (speaker), moderator, penanggap (discussant). */
    peran: z.enum(EVENT_ROLES, {
      error: (issue) =>
        `Peran "${String(issue.input)}" tidak dikenal. Pilih salah satu: ${EVENT_ROLES.join(', ')}.`,
    }),
  });

/** Schema of `content/acara/*.md(x)`. */
export const eventSchema = (deps: SchemaDeps) =>
  z
    .object({
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
      moda: z.enum(EVENT_MODES, {
        error: `Moda tidak dikenal. Pilih salah satu: ${EVENT_MODES.join(', ')}.`,
      }),
      /** Organisers: ids of files in content/organisasi/. */
      penyelenggara: z
        .array(deps.reference('organisasi'))
        .min(1, { error: 'Sebutkan minimal satu penyelenggara (nama berkas di content/organisasi/).' }),
      /** Partners: ids of files in content/organisasi/. */
      mitra: refs(deps, 'organisasi'),
      /**
       * People who took part on stage (opener, speakers, moderators): ids of files in
       * content/orang/. Each also needs an entry in `peran`.
       */
      narasumber: refs(deps, 'orang'),
      /** The role of each person in `narasumber`, as the source describes it. */
      peran: z.array(roleSchema(deps)).default([]),
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
