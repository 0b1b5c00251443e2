/**
 * JSON Schemas of the frontmatter of each collection, for editors' tools (VS Code through
 * `.remarkrc.mjs`). Zod 4's `z.toJSONSchema` does the translation; the schema walk adds what
 * Zod cannot know: each field's Indonesian label and doc comment, and the YAML an editor
 * writes for values Zod only sees after a transform (partial dates, dates, references,
 * kab/kota codes, images).
 */
import { z } from 'astro/zod';
import { KAB_KOTA_CODES } from '../schemas/wilayah-codes.ts';
import { PARTIAL_DATE_PATTERN } from './decap-config.ts';
import { enumLabels, requireFieldLabel } from './field-labels.ts';
import type { CollectionName } from './collections.ts';
import { regionSchema } from '../schemas/wilayah.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_SCHEMAS, eachNode, type FieldNode, type WalkedCollection } from './schema-walk.ts';

type Json = Record<string, unknown>;

/** Replace an object's contents in place (the override callback must mutate). */
function replace(target: Json, next: Json): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, next);
}

/** What the YAML for a field looks like, for the kinds Zod sees only after a transform. */
function yamlShape(node: FieldNode): Json | undefined {
  switch (node.kind) {
    case 'partial-date':
      return {
        anyOf: [
          { type: 'integer', minimum: 1000, maximum: 9999 },
          { type: 'string', pattern: PARTIAL_DATE_PATTERN },
        ],
      };
    case 'date':
      return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
    case 'reference':
      if (node.collection === 'wilayah') {
        return {
          anyOf: [
            { type: 'integer', enum: KAB_KOTA_CODES.map(Number) },
            { type: 'string', enum: [...KAB_KOTA_CODES] },
          ],
        };
      }
      return { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
    case 'image':
      return { type: 'string', minLength: 1 };
    default:
      return undefined;
  }
}

/** The JSON Schema of one collection's frontmatter. */
export function collectionJsonSchema(collection: WalkedCollection, fields: readonly FieldNode[]): Json {
  const schema = COLLECTION_SCHEMAS[collection]();
  // The walk ran on its own instances; match fields by path, which both sides share.
  const byPath = new Map([...eachNode(fields)].map((n) => [n.path, n]));
  const nodes = new Map<z.ZodType, FieldNode>();
  const inners = new Set<z.ZodType>();
  const mark = (value: z.ZodType, path: string): void => {
    const node = byPath.get(path);
    if (!node) return;
    let inner = value;
    for (;;) {
      nodes.set(inner, node);
      const def = (inner as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
      if ((def.type === 'optional' || def.type === 'default') && def.innerType) inner = def.innerType;
      else break;
    }
    inners.add(inner);
    const def = (inner as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
    if (def.type === 'array' && def.element) mark(def.element, `${path}[]`);
    if (def.type === 'object') {
      for (const [key, child] of Object.entries((inner as z.ZodObject).shape as Record<string, z.ZodType>)) {
        mark(child, `${path}.${key}`);
      }
    }
  };
  for (const [key, child] of Object.entries((schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>)) {
    mark(child, key);
  }

  const json = z.toJSONSchema(schema, {
    // Draft 7: what remark-lint-frontmatter-schema's validator (ajv) reads.
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const node = nodes.get(ctx.zodSchema as unknown as z.ZodType);
      if (!node) return;
      const target = ctx.jsonSchema as Json;
      const shape = inners.has(ctx.zodSchema as unknown as z.ZodType) ? yamlShape(node) : undefined;
      if (shape) replace(target, shape);
      if (!node.path.endsWith('[]')) {
        target['title'] = requireFieldLabel(collection, node);
        if (node.doc) target['description'] = node.doc;
      }
      if (node.kind === 'enum' && Array.isArray(target['enum'])) {
        const labels = enumLabels(node.values ?? []);
        target['enumDescriptions'] = (target['enum'] as string[]).map((v) => labels[v] ?? v);
      }
    },
  }) as Json;
  return {
    ...json,
    $id: `rumah-inovasi/${collection}.schema.json`,
    title: `Frontmatter ${collection}`,
    description: `Dibuat otomatis dari src/schemas/ oleh \`npm run skema\`; jangan disunting.`,
  };
}

/**
 * The JSON Schema `/data/skema/` publishes for a collection: for the Markdown collections the
 * very file `npm run skema` writes and commits (`skema/<koleksi>.schema.json`, kept in sync by
 * tests/generated.test.ts; read from the project folder, since a bundled page cannot read the
 * schema sources' doc comments), for regions (a CSV row) Zod's own translation of its schema.
 */
export function jsonSchema(collection: CollectionName, root = process.cwd()): Json {
  if (collection === 'wilayah') {
    return {
      $id: 'rumah-inovasi/wilayah.schema.json',
      title: 'Baris jatim-kabkota.csv',
      ...(z.toJSONSchema(regionSchema(), { io: 'input', unrepresentable: 'any' }) as Json),
    };
  }
  return JSON.parse(readFileSync(join(root, 'skema', `${collection}.schema.json`), 'utf8')) as Json;
}
