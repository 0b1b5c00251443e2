/**
 * Every collection's schema factory in one map, and the validated data type of each
 * collection derived from it. Pure code (no `astro:*` import), so the site graph and its
 * views are typed by the very schemas Astro validates with, and run in plain Vitest.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections.ts';
import { eventSchema } from './acara.ts';
import { materialSchema } from './materi.ts';
import { organisationSchema } from './organisasi.ts';
import { personSchema } from './orang.ts';
import { guideSchema } from './panduan.ts';
import { caseStudySchema } from './studi-kasus.ts';
import { topicSchema } from './topik.ts';
import { regionSchema } from './wilayah.ts';

/** Schema factory of each collection (Markdown collections take {@link SchemaDeps}). */
export const SCHEMAS = {
  'studi-kasus': caseStudySchema,
  materi: materialSchema,
  panduan: guideSchema,
  acara: eventSchema,
  orang: personSchema,
  organisasi: organisationSchema,
  wilayah: regionSchema,
  topik: topicSchema,
} as const satisfies Record<CollectionName, (...args: never[]) => z.ZodType>;

/** Validated frontmatter (or CSV row) of an entry of collection `C`. */
export type EntryData<C extends CollectionName = CollectionName> = z.output<ReturnType<(typeof SCHEMAS)[C]>>;
