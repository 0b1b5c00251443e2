/**
 * Every collection's schema factory in one map, the validated data type of each collection
 * derived from it, and {@link entrySchemas}, which builds a collection's schema once instead
 * of once per entry. Pure code (no `astro:*` import), so the site graph and its views are
 * typed by the very schemas Astro validates with, and run in plain Vitest.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections.ts';
import type { SchemaDeps } from './common.ts';
import { eventSchema } from './acara.ts';
import { materialSchema } from './materi.ts';
import { organisationSchema } from './organisasi.ts';
import { personSchema } from './orang.ts';
import { guideSchema } from './panduan.ts';
import { caseStudySchema, coverSchema } from './studi-kasus.ts';
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

/**
 * The top-level fields of each collection whose schema needs the entry's own `image()` helper
 * (Astro resolves an image path relative to the entry's file). Every other field is the same
 * for every entry.
 */
const IMAGE_FIELDS = {
  'studi-kasus': (deps: SchemaDeps) => ({ sampul: coverSchema(deps).optional() }),
} as const;

/** Stand-in for `image()` in the shared part of a schema; never reached (see {@link EntrySchemas.needsImage}). */
const noImage = () =>
  z.custom<ImageMetadata>(() => false, { error: 'Kesalahan internal: kolom gambar divalidasi tanpa berkas entrinya.' });

/** A collection's schema, built once, and what each entry adds to it. */
export interface EntrySchemas<C extends CollectionName> {
  /** The whole schema, valid for every entry that has none of the image fields. */
  shared: ReturnType<(typeof SCHEMAS)[C]>;
  /** Whether this entry's data has an image field, so needs {@link forEntry}. */
  needsImage: (data: Record<string, unknown>) => boolean;
  /** The schema for one entry, given its `image()` helper: `shared` plus its image fields. */
  forEntry: (image: SchemaDeps['image']) => ReturnType<(typeof SCHEMAS)[C]>;
}

/**
 * Builds `collection`'s schema once (about 7 ms for a case study, with its enums,
 * refinements and messages) and adds only the fields that need an entry's `image()`
 * per entry, with Zod 4's `safeExtend` (about 0.1 ms), which keeps the refinements, the
 * source-id overwrite and the strict unknown-key messages of the shared schema. Astro calls
 * a collection's `schema({ image })` once per entry; before this, every call rebuilt the whole
 * schema, and so did the content check for every file.
 */
export function entrySchemas<C extends CollectionName>(collection: C, reference: SchemaDeps['reference']): EntrySchemas<C> {
  type Schema = ReturnType<(typeof SCHEMAS)[C]>;
  const factory = SCHEMAS[collection] as (deps: SchemaDeps) => Schema;
  const shared = factory({ image: noImage, reference });
  const extra = (IMAGE_FIELDS as Partial<Record<CollectionName, (deps: SchemaDeps) => z.core.$ZodLooseShape>>)[collection];
  if (!extra) return { shared, needsImage: () => false, forEntry: () => shared };
  const keys = Object.keys(extra({ image: noImage, reference }));
  return {
    shared,
    needsImage: (data) => keys.some((key) => key in data),
    forEntry: (image) => (shared as unknown as z.ZodObject).safeExtend(extra({ image, reference })) as unknown as Schema,
  };
}
