/**
 * JSON Schemas of the content collections, generated from the very zod schemas the build
 * validates with (`z.toJSONSchema`, Zod 4), for `/data/skema/`. They describe the fields
 * as editors write them (the schema's input): references are file names, dates text.
 * Until `npm run skema` (issue 6) publishes its own, this is the one place they come from.
 */
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { CollectionName } from './collections.ts';
import type { SchemaDeps } from '../schemas/common.ts';
import { SCHEMAS } from '../schemas/index.ts';

/** Stand-ins with the editors' input shape: a reference is a file name, an image a path. */
const deps: SchemaDeps = {
  image: () => z.string().transform((src) => ({ src, width: 0, height: 0, format: 'jpg' }) as ImageMetadata),
  reference: (collection) => z.string().transform((id) => ({ id, collection })),
};

/** The JSON Schema of one collection's frontmatter (or, for regions, of one CSV row). */
export function jsonSchema(collection: CollectionName): Record<string, unknown> {
  const factory = SCHEMAS[collection] as (d: SchemaDeps) => z.ZodType;
  return {
    $id: `/data/skema/${collection}.json`,
    title: collection,
    ...z.toJSONSchema(factory(deps), { io: 'input', unrepresentable: 'any' }),
  };
}
