/**
 * Validates one content file against the real schema, outside Astro, through the same
 * parser and schema stand-ins as `npm run periksa` and the build (src/lib/content-check.ts).
 * Errors come back as "file → field: message", the form an editor sees.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { CollectionName } from '../../src/lib/collections.ts';
import { schemaFor } from '../../src/lib/content-check.ts';
import { fieldPath, parseContent } from '../../src/lib/frontmatter.ts';

/** The Markdown collections that have a schema to test. */
export type TestedCollection = Exclude<CollectionName, 'wilayah'>;

/** Frontmatter of a Markdown file, parsed as the site parses it. */
export function frontmatter(file: string): unknown {
  const parsed = parseContent(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.content.data;
}

function validate(collection: TestedCollection, file: string): z.ZodSafeParseResult<unknown> {
  return schemaFor(collection, file).safeParse(frontmatter(file));
}

/** Problems of one file as "file → field: message" lines; empty when valid. */
export function validateFile(collection: TestedCollection, file: string): string[] {
  const result = validate(collection, file);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file} → ${fieldPath(issue.path)}: ${issue.message}`);
}

/** Validated data of a file that must be valid (throws with the problems otherwise). */
export function validatedData(collection: TestedCollection, file: string): unknown {
  const result = validate(collection, file);
  if (!result.success) throw new Error(`${file} tidak valid: ${result.error.message}`);
  return result.data;
}
