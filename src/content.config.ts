/**
 * The eight content collections of Rumah Inovasi. Schemas live one per concept in
 * `src/schemas/`; this file only wires them to their loaders and to Astro's helpers.
 *
 * Each schema is built once (`entrySchemas()`): Astro calls a collection's
 * `schema({ image })` for every entry it validates, so only the case study's cover, the one
 * field that needs the entry's own `image()`, is added per entry. In `astro build` the loader
 * hands Astro the data the content check already validated, so these schemas run only for an
 * entry with a cover, in `astro dev`, and for a file changed since the check.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './lib/content-dir.ts';
import { regionEntries } from './lib/csv.ts';
import { markdownLoader } from './loaders/markdown.ts';
import { entrySchemas } from './schemas/index.ts';

// Zod's messages in Indonesian come from src/schemas/messages.ts, imported by every schema.

const caseStudies = entrySchemas('studi-kasus', reference);

export const collections = {
  'studi-kasus': defineCollection({
    loader: markdownLoader('studi-kasus'),
    schema: ({ image }) => caseStudies.forEntry(image),
  }),
  materi: defineCollection({
    loader: markdownLoader('materi'),
    schema: entrySchemas('materi', reference).shared,
  }),
  panduan: defineCollection({
    loader: markdownLoader('panduan'),
    schema: entrySchemas('panduan', reference).shared,
  }),
  acara: defineCollection({
    loader: markdownLoader('acara'),
    schema: entrySchemas('acara', reference).shared,
  }),
  orang: defineCollection({
    loader: markdownLoader('orang'),
    schema: entrySchemas('orang', reference).shared,
  }),
  organisasi: defineCollection({
    loader: markdownLoader('organisasi'),
    schema: entrySchemas('organisasi', reference).shared,
  }),
  topik: defineCollection({
    loader: markdownLoader('topik'),
    schema: entrySchemas('topik', reference).shared,
  }),
  wilayah: defineCollection({
    loader: file(join(contentDir(), 'wilayah', 'jatim-kabkota.csv'), {
      parser: regionEntries,
    }),
    schema: entrySchemas('wilayah', reference).shared,
  }),
};
