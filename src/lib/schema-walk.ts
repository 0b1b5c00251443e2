/**
 * One walk over the content schemas, shared by every generator that describes them to
 * editors: the form editor's configuration (`decap-config.ts`), the JSON Schemas for
 * VS Code (`json-schema.ts`) and the field reference in CONTRIBUTING.md
 * (`field-reference.ts`). Each field becomes a {@link FieldNode}: its path as editors
 * write it (`penghargaan[].tahun`), what kind of value it takes, whether it is required,
 * its default, and its doc comment. The walk reads whatever the schemas contain, so a new
 * field appears in all three outputs by itself; the tests then only need regenerated files.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { MARKDOWN_COLLECTIONS, type CollectionName } from './collections.ts';
import { docsForKeys, readSchemaDocs, type ObjectDocs } from './schema-docs.ts';
import type { SchemaDeps } from '../schemas/common.ts';
import { eventSchema } from '../schemas/acara.ts';
import { materialSchema } from '../schemas/materi.ts';
import { organisationSchema } from '../schemas/organisasi.ts';
import { personSchema } from '../schemas/orang.ts';
import { guideSchema } from '../schemas/panduan.ts';
import { caseStudySchema } from '../schemas/studi-kasus.ts';
import { topicSchema } from '../schemas/topik.ts';

/** What kind of value a field takes, as the generators need to know it. */
export type FieldKind =
  | 'text'
  | 'url'
  | 'number'
  | 'boolean'
  | 'date'
  | 'partial-date'
  | 'enum'
  | 'reference'
  | 'image'
  | 'object'
  | 'list';

/** One field of a content schema, as the walk found it. */
export interface FieldNode {
  /** Frontmatter key (for a list's item: the list's key). */
  key: string;
  /** Path as CONTRIBUTING writes it: `keberlanjutan.riwayat[].status`. */
  path: string;
  kind: FieldKind;
  /** False when the field may be left out (optional or with a default). */
  required: boolean;
  /** The schema's default, when it has one. */
  default?: unknown;
  /** The field's doc comment: what an editor puts there. */
  doc?: string;
  /** `enum`: the allowed values, in schema order. */
  values?: readonly string[];
  /** `reference`: the collection the value names a file of. */
  collection?: CollectionName;
  /** `number`: whole numbers only. */
  integer?: boolean;
  /** `number`: bounds; `text`: length bounds; `list`: item count bounds. */
  min?: number;
  max?: number;
  /** `object`: its fields in schema order. */
  fields?: FieldNode[];
  /** `list`: what one item is. */
  item?: FieldNode;
  /** The zod schema of the value, with optional/default unwrapped. */
  schema: z.ZodType;
}

const referenceTargets = new WeakMap<z.ZodType, CollectionName>();
const imageSchemas = new WeakSet<z.ZodType>();

/**
 * Stand-ins for Astro's `reference()` and `image()` that validate like them and leave a
 * mark the walk recognises. The same stand-ins serve schema checks outside Astro.
 */
export const walkDeps: SchemaDeps = {
  image: () => {
    const schema = z.string().transform((src) => ({ src, width: 1, height: 1, format: 'jpg' }) as ImageMetadata);
    imageSchemas.add(schema);
    return schema;
  },
  reference: (collection) => {
    const schema = z.union([z.string(), z.number()]).transform((id) => ({ id: String(id), collection }));
    referenceTargets.set(schema, collection);
    return schema;
  },
};

/** The Markdown collections with their schemas, built with {@link walkDeps}. */
export const COLLECTION_SCHEMAS = {
  'studi-kasus': () => caseStudySchema(walkDeps),
  materi: () => materialSchema(walkDeps),
  panduan: () => guideSchema(walkDeps),
  acara: () => eventSchema(walkDeps),
  orang: () => personSchema(walkDeps),
  organisasi: () => organisationSchema(walkDeps),
  topik: () => topicSchema(),
} satisfies Record<(typeof MARKDOWN_COLLECTIONS)[number], () => z.ZodType>;

/** A Markdown collection, the ones editors write and the walk describes. */
export type WalkedCollection = keyof typeof COLLECTION_SCHEMAS;

/** The walked collections in the site's order. */
export const WALKED_COLLECTIONS = MARKDOWN_COLLECTIONS as readonly WalkedCollection[];

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The member types of a union that a transform turns into a date, or undefined. */
function dateUnionTypes(schema: z.ZodType): string[] | undefined {
  const def = defOf(schema);
  if (def.type !== 'pipe') return undefined;
  const input = defOf(def['in'] as z.ZodType);
  const output = defOf(def['out'] as z.ZodType);
  if (input.type !== 'union' || output.type !== 'transform') return undefined;
  const types = (input['options'] as z.ZodType[]).map((o) => defOf(o).type);
  return types.includes('date') && types.includes('string') ? types : undefined;
}

/** A union that accepts a date, a number (a year) or a string and transforms it: `partialDate()`. */
function isPartialDate(schema: z.ZodType): boolean {
  return dateUnionTypes(schema)?.includes('number') === true;
}

/** A union of a date and a string, checked and turned into a date: `date()`. */
function isFullDate(schema: z.ZodType): boolean {
  const types = dateUnionTypes(schema);
  return types !== undefined && !types.includes('number');
}

/** The reference target of a schema, looking through pipes (`kabKota()` ends in one). */
function referenceTarget(schema: z.ZodType): CollectionName | undefined {
  const direct = referenceTargets.get(schema);
  if (direct) return direct;
  const def = defOf(schema);
  return def.type === 'pipe' ? referenceTarget(def['out'] as z.ZodType) : undefined;
}

function unknownShape(path: string, type: string): Error {
  return new Error(
    `schema-walk: field "${path}" has a zod type "${type}" the walk does not know. Teach src/lib/schema-walk.ts its kind, so the form editor, the JSON Schemas and the field reference can describe it.`,
  );
}

/** Options for {@link walkCollection}. */
export interface WalkOptions {
  /** Doc comments of the schema sources; {@link schemaDocs} reads them. */
  docs: readonly ObjectDocs[];
}

function walkValue(
  schema: z.ZodType,
  key: string,
  path: string,
  doc: string | undefined,
  options: WalkOptions,
): FieldNode {
  let required = true;
  let defaultValue: unknown;
  let inner = schema;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional') {
      required = false;
      inner = def['innerType'] as z.ZodType;
    } else if (def.type === 'default') {
      required = false;
      const value = def['defaultValue'];
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      inner = def['innerType'] as z.ZodType;
    } else break;
  }
  const base = {
    key,
    path,
    required,
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    ...(doc !== undefined ? { doc } : {}),
    schema: inner,
  };

  const target = referenceTarget(inner);
  if (target) return { ...base, kind: 'reference', collection: target };
  if (imageSchemas.has(inner)) return { ...base, kind: 'image' };
  if (isPartialDate(inner)) return { ...base, kind: 'partial-date' };
  if (isFullDate(inner)) return { ...base, kind: 'date' };

  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      const s = inner as z.ZodString;
      const bounds = {
        ...(s.minLength !== null ? { min: s.minLength } : {}),
        ...(s.maxLength !== null ? { max: s.maxLength } : {}),
      };
      return { ...base, kind: def['format'] === 'url' ? 'url' : 'text', ...bounds };
    }
    case 'number': {
      const n = inner as z.ZodNumber;
      const safe = (v: number | null) => v !== null && Number.isFinite(v) && Math.abs(v) < Number.MAX_SAFE_INTEGER;
      return {
        ...base,
        kind: 'number',
        integer: /int/.test(n.format ?? ''),
        ...(safe(n.minValue) ? { min: n.minValue as number } : {}),
        ...(safe(n.maxValue) ? { max: n.maxValue as number } : {}),
      };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'date':
      return { ...base, kind: 'date' };
    case 'enum':
      return { ...base, kind: 'enum', values: (inner as z.ZodEnum).options.map(String) };
    case 'union': {
      // A union of string forms (a web address or a path) is text to an editor.
      const options = def['options'] as z.ZodType[];
      if (options.every((o) => defOf(o).type === 'string')) {
        return { ...base, kind: 'text' };
      }
      throw unknownShape(path, 'union');
    }
    case 'array': {
      const a = inner as z.ZodArray<z.ZodType>;
      const item = walkValue(a.element, key, `${path}[]`, undefined, options);
      const checks = ((a as unknown as { _zod: { def: { checks?: { _zod: { def: Def } }[] } } })._zod.def.checks ?? []).map(
        (c) => c._zod.def,
      );
      const min = checks.find((c) => c['check'] === 'min_length')?.['minimum'] as number | undefined;
      const max = checks.find((c) => c['check'] === 'max_length')?.['maximum'] as number | undefined;
      return { ...base, kind: 'list', item, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'object':
      return { ...base, kind: 'object', fields: walkObject(inner as z.ZodObject, `${path}.`, options) };
    default:
      throw unknownShape(path, def.type);
  }
}

function walkObject(schema: z.ZodObject, prefix: string, options: WalkOptions): FieldNode[] {
  const shape = schema.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const docs = docsForKeys(options.docs, keys);
  return keys.map((key) => walkValue(shape[key] as z.ZodType, key, `${prefix}${key}`, docs.get(key), options));
}

/** Every field of an object schema, in schema order. */
export function walkSchema(schema: z.ZodType, options: WalkOptions): FieldNode[] {
  if (defOf(schema).type !== 'object') throw unknownShape('(root)', defOf(schema).type);
  return walkObject(schema as unknown as z.ZodObject, '', options);
}

/** Every field of one collection's schema, in schema order. */
export function walkCollection(collection: WalkedCollection, options: WalkOptions): FieldNode[] {
  return walkSchema(COLLECTION_SCHEMAS[collection](), options);
}

/** Every field of every walked collection. */
export function walkAll(options: WalkOptions): Record<WalkedCollection, FieldNode[]> {
  return Object.fromEntries(WALKED_COLLECTIONS.map((c) => [c, walkCollection(c, options)])) as Record<
    WalkedCollection,
    FieldNode[]
  >;
}

/** The schema sources' folder, next to this module. */
export const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

/** Doc comments of the real schema sources. */
export function schemaDocs(): ObjectDocs[] {
  return readSchemaDocs(SCHEMA_DIR);
}

/** Every node below (and including) these, depth first: fields, list items, object fields. */
export function* eachNode(nodes: readonly FieldNode[]): Generator<FieldNode> {
  for (const node of nodes) {
    yield node;
    if (node.fields) yield* eachNode(node.fields);
    if (node.item) yield* eachNode([node.item]);
  }
}
