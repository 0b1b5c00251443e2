/**
 * The eight content collections of Rumah Inovasi. Schemas live one per concept in
 * `src/schemas/`; this file only wires them to their loaders and to Astro's helpers.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './lib/content-dir.ts';
import { regionEntries } from './lib/csv.ts';
import { markdownLoader } from './loaders/markdown.ts';
import type { SchemaDeps } from './schemas/common.ts';
import { eventSchema } from './schemas/acara.ts';
import { materialSchema } from './schemas/materi.ts';
import { organisationSchema } from './schemas/organisasi.ts';
import { personSchema } from './schemas/orang.ts';
import { guideSchema } from './schemas/panduan.ts';
import { caseStudySchema } from './schemas/studi-kasus.ts';
import { topicSchema } from './schemas/topik.ts';
import { regionSchema } from './schemas/wilayah.ts';

// Zod's messages in Indonesian come from src/schemas/messages.ts, imported by every schema.

const deps = (image: SchemaDeps['image']): SchemaDeps => ({ image, reference });

export const collections = {
  'studi-kasus': defineCollection({
    loader: markdownLoader('studi-kasus'),
    schema: ({ image }) => caseStudySchema(deps(image)),
  }),
  materi: defineCollection({
    loader: markdownLoader('materi'),
    schema: ({ image }) => materialSchema(deps(image)),
  }),
  panduan: defineCollection({
    loader: markdownLoader('panduan'),
    schema: ({ image }) => guideSchema(deps(image)),
  }),
  acara: defineCollection({
    loader: markdownLoader('acara'),
    schema: ({ image }) => eventSchema(deps(image)),
  }),
  orang: defineCollection({
    loader: markdownLoader('orang'),
    schema: ({ image }) => personSchema(deps(image)),
  }),
  organisasi: defineCollection({
    loader: markdownLoader('organisasi'),
    schema: ({ image }) => organisationSchema(deps(image)),
  }),
  topik: defineCollection({
    loader: markdownLoader('topik'),
    schema: topicSchema(),
  }),
  wilayah: defineCollection({
    loader: file(join(contentDir(), 'wilayah', 'jatim-kabkota.csv'), {
      parser: regionEntries,
    }),
    schema: regionSchema(),
  }),
};
