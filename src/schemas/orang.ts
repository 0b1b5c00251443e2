/** Person (orang): a speaker or contact. The short bio is the Markdown body. */
import { requireSources, sourcingFields, strictObject, text, type SchemaDeps } from './common.ts';

/** Schema of `content/orang/*.md(x)`. */
export const personSchema = (deps: SchemaDeps) =>
  strictObject({
    /** Full name as the source writes it. */
    nama: text('Nama'),
    /** Position at the time the site refers to, as the source states it. */
    jabatan: text('Jabatan'),
    /** Institution: id of a file in content/organisasi/. */
    lembaga: deps.reference('organisasi').optional(),
    ...sourcingFields(),
  })
  .superRefine(requireSources);
