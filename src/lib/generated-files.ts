/**
 * Every committed file derived from the schemas, with the text it must have: the JSON
 * Schemas in `skema/` and CONTRIBUTING.md with its generated field reference. Shared by
 * `npm run skema` (writes them) and the test that fails when they are out of date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFieldReference, replaceBetweenMarkers } from './field-reference.ts';
import { collectionJsonSchema } from './json-schema.ts';
import { schemaDocs, walkAll, WALKED_COLLECTIONS } from './schema-walk.ts';

/** Folder of the generated JSON Schemas, relative to the repository root. */
export const JSON_SCHEMA_DIR = 'skema';

/** Path (relative to `root`) → the text the file must have. */
export function generatedFiles(root: string): Record<string, string> {
  const all = walkAll({ docs: schemaDocs() });
  const files: Record<string, string> = {};
  for (const collection of WALKED_COLLECTIONS) {
    files[`${JSON_SCHEMA_DIR}/${collection}.schema.json`] =
      `${JSON.stringify(collectionJsonSchema(collection, all[collection]), null, 2)}\n`;
  }
  const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  files['CONTRIBUTING.md'] = replaceBetweenMarkers(contributing, renderFieldReference(all));
  return files;
}
