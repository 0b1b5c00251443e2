/**
 * Validates one content file against the real schema, outside Astro: frontmatter parsed
 * with js-yaml (as Astro does), `reference()` and `image()` replaced by stand-ins with
 * the same output shape. Errors come back as "file → field: message", the form an
 * editor sees.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { CollectionName } from '../../src/lib/collections.ts';
import type { SchemaDeps } from '../../src/schemas/common.ts';
import { eventSchema } from '../../src/schemas/acara.ts';
import { materialSchema } from '../../src/schemas/materi.ts';
import { organisationSchema } from '../../src/schemas/organisasi.ts';
import { personSchema } from '../../src/schemas/orang.ts';
import { guideSchema } from '../../src/schemas/panduan.ts';
import { caseStudySchema } from '../../src/schemas/studi-kasus.ts';
import { topicSchema } from '../../src/schemas/topik.ts';

z.config(z.locales.id());

const deps: SchemaDeps = {
  image: () => z.string().transform((src) => ({ src, width: 1, height: 1, format: 'jpg' }) as ImageMetadata),
  reference: (collection) =>
    z.union([z.string(), z.number()]).transform((id) => ({ id: String(id), collection })),
};

const schemas = {
  'studi-kasus': () => caseStudySchema(deps),
  materi: () => materialSchema(deps),
  panduan: () => guideSchema(deps),
  acara: () => eventSchema(deps),
  orang: () => personSchema(deps),
  organisasi: () => organisationSchema(deps),
  topik: () => topicSchema(),
} satisfies Partial<Record<CollectionName, () => z.ZodType>>;

/** The Markdown collections that have a schema to test. */
export type TestedCollection = keyof typeof schemas;

/** Frontmatter of a Markdown file, parsed as Astro parses it. */
export function frontmatter(file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: tidak ada frontmatter`);
  return yaml.load(match[1] ?? '');
}

/** Problems of one file as "file → field: message" lines; empty when valid. */
export function validateFile(collection: TestedCollection, file: string): string[] {
  const result = schemas[collection]().safeParse(frontmatter(file));
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join('');
    return `${file} → ${field}: ${issue.message}`;
  });
}

/** Validated data of a file that must be valid (throws with the problems otherwise). */
export function validatedData(collection: TestedCollection, file: string): unknown {
  const result = schemas[collection]().safeParse(frontmatter(file));
  if (!result.success) throw new Error(`${file} tidak valid: ${result.error.message}`);
  return result.data;
}
