/** Event (acara): a workshop, competition or forum. */
import { z } from 'astro/zod';
import { date, editorialFields, enumOf, refs, requireSources, strictObject, text, type SchemaDeps } from './common.ts';
import { EVENT_MODES, EVENT_ROLES } from './vocabulary.ts';

/** The part one person played at the event, e.g. who opened it and who spoke. */
const roleSchema = (deps: SchemaDeps) =>
  strictObject({
    /** The person: id of a file in content/orang/, also listed in `narasumber`. */
    orang: deps.reference('orang'),
    /** pembuka (opened the event), narasumber (speaker), moderator, penanggap (discussant). */
    peran: enumOf(EVENT_ROLES, 'Peran'),
  });

/** Schema of `content/acara/*.md(x)`. */
export const eventSchema = (deps: SchemaDeps) =>
  strictObject({
      /** Nama acara. */
      judul: text('Judul'),
      /** Apa yang terjadi, dalam satu atau dua kalimat. */
      ringkasan: text('Ringkasan'),
      /** Hari pertama (atau satu-satunya) acara (TTTT-BB-HH). */
      tanggal_mulai: date(),
      /** Hari terakhir, untuk acara lebih dari satu hari (TTTT-BB-HH). */
      tanggal_selesai: date().optional(),
      /** Tempat, sebagaimana disebut sumber. */
      tempat: z.string().trim().min(1).optional(),
      /** Moda acara: luring (tatap muka), daring, atau hibrida (keduanya). */
      moda: enumOf(EVENT_MODES, 'Moda'),
      /** Penyelenggara (nama berkas di content/organisasi/). */
      penyelenggara: z
        .array(deps.reference('organisasi'))
        .min(1, { error: 'Sebutkan minimal satu penyelenggara (nama berkas di content/organisasi/).' }),
      /** Mitra (nama berkas di content/organisasi/). */
      mitra: refs(deps, 'organisasi'),
      /**
       * Orang yang tampil di acara (pembuka, narasumber, moderator): nama berkas di
       * content/orang/. Setiap orang juga perlu satu butir di `peran`.
       */
      narasumber: refs(deps, 'orang'),
      /** Peran setiap orang di `narasumber`, seperti yang disebut sumber. */
      peran: z.array(roleSchema(deps)).default([]),
      /** Topik, dipilih dari daftar topik (nama berkas di content/topik/). */
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
