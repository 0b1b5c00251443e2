/** Person (orang): a speaker or contact. The short bio is the Markdown body. */
import { requireSources, sourcingFields, strictObject, text, type SchemaDeps } from './common.ts';

/** Schema of `content/orang/*.md(x)`. */
export const personSchema = (deps: SchemaDeps) =>
  strictObject({
      /** Nama lengkap, persis seperti ditulis sumber. */
      nama: text('Nama'),
      /** Jabatan pada masa yang dibicarakan situs, sebagaimana disebut sumber. */
      jabatan: text('Jabatan'),
      /** Lembaga tempat bekerja (nama berkas di content/organisasi/). */
      lembaga: deps.reference('organisasi').optional(),
      ...sourcingFields(),
    })
    .superRefine(requireSources);
