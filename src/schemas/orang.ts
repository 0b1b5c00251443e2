/** Person (orang): a speaker or contact. The short bio is the Markdown body. */
import { z } from 'astro/zod';
import { requireSources, sourceSchema, text, type SchemaDeps } from './common.ts';

/** Schema of `content/orang/*.md(x)`. */
export const personSchema = (deps: SchemaDeps) =>
  z
    .object({
      /** Full name as the source writes it. */
      nama: text('Nama'),
      /** Position at the time the site refers to, as the source states it. */
      jabatan: text('Jabatan'),
      /** Institution: id of a file in content/organisasi/. */
      lembaga: deps.reference('organisasi').optional(),
      /** True when this person is an example, not a real person. */
      ilustrasi: z.boolean().default(false),
      /** Sources for the name and position. */
      sumber: z.array(sourceSchema()).default([]),
      /** Draft entries appear in `npm run dev` only. */
      draf: z.boolean().default(false),
    })
    .superRefine(requireSources);
