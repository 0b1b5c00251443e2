/** Person (orang): a speaker or contact. The short bio is the Markdown body. */
import { z } from 'astro/zod';
import { requireSources, sourceSchema, text, type SchemaDeps } from './common.ts';

/** Schema of `content/orang/*.md(x)`. */
export const personSchema = (deps: SchemaDeps) =>
  z
    .object({
      /** Nama lengkap, persis seperti ditulis sumber. */
      nama: text('Nama'),
      /** Jabatan pada masa yang dibicarakan situs, sebagaimana disebut sumber. */
      jabatan: text('Jabatan'),
      /** Lembaga tempat bekerja (nama berkas di content/organisasi/). */
      lembaga: deps.reference('organisasi').optional(),
      /** Centang (`true`) jika orang ini hanya contoh, bukan orang sungguhan. */
      ilustrasi: z.boolean().default(false),
      /** Sumber untuk nama dan jabatan. */
      sumber: z.array(sourceSchema()).default([]),
      /** Draf hanya tampil di pratinjau (`npm run dev`), tidak ikut terbit. */
      draf: z.boolean().default(false),
    })
    .superRefine(requireSources);
