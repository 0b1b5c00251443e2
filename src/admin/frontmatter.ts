/**
 * The form editor's file format: Markdown with YAML frontmatter, written so that a change
 * made through the form changes only the lines it must.
 *
 * Decap's own frontmatter writer rebuilds the whole YAML: it drops comments, turns
 * `[kesehatan]` into a block list, folds long text at 80 columns and re-quotes strings, so
 * editing one field rewrites most of a case study. This format keeps the file's original
 * frontmatter next to the data (under {@link ORIGINAL_KEY}, which the form never shows),
 * and on saving changes only the nodes whose value changed in that original YAML document
 * (the `yaml` library keeps comments, quoting and flow style of untouched nodes). New
 * files are written in the style of the templates. Registered in `main.ts` with
 * `CMS.registerCustomFormat`.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/** Name of this format in Decap (`format:` of each collection in config.yml). */
export const FORMAT_NAME = 'frontmatter-rumah-inovasi';
/** Key under which the original frontmatter text travels with an entry's data. */
export const ORIGINAL_KEY = '__ri_frontmatter_asli';
/** Key set on every real entry (not a template), for the collection filter. */
export const ENTRY_KEY = '__ri_entri';
/** Templates start their frontmatter with this comment; they are not entries. */
const TEMPLATE_MARKER = /^#\s*TEMPLAT\b/m;
/** Text longer than this is written as a folded block (`>-`), as the templates do. */
const FOLD_AT = 100;
const TO_STRING = { lineWidth: 120, minContentWidth: 0, flowCollectionPadding: false } as const;

type Data = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nothing written: an empty string, a missing value, an empty list or an empty object. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** Drop what the form leaves empty (cleared optional fields), keep everything else. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map(prune);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => !isEmpty(v))
        .map(([k, v]) => [k, prune(v)]),
    );
  }
  return value;
}

/** Equal as an editor means it: `3508` and `"3508"` are one value (a select holds strings). */
function looselyEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => looselyEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !isEmpty(a[k]) || !isEmpty(b[k])));
    return [...keys].every((k) => looselyEqual(a[k], b[k]));
  }
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === 'object' || typeof b === 'object') return false;
  return String(a) === String(b);
}

/**
 * Keys in the form's field order. Decap names nested fields by dotted path
 * (`hasil.indikator`, list items included), so each level sorts by its own prefix.
 */
function ordered(value: unknown, order: readonly string[], prefix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order, prefix));
  if (!isPlainObject(value)) return value;
  const rank = (key: string) => {
    const i = order.indexOf(`${prefix}${key}`);
    return i < 0 ? Infinity : i;
  };
  return Object.fromEntries(
    Object.keys(value)
      .sort((a, b) => rank(a) - rank(b))
      .map((key) => [key, ordered(value[key], order, `${prefix}${key}.`)]),
  );
}

/** A new node in the templates' style: short lists of words inline, long text folded. */
function styledNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  const style = (n: unknown): void => {
    if (isSeq(n)) {
      if (n.items.length > 0 && n.items.every((i) => isScalar(i) && String(i.value).length < 40)) n.flow = true;
      n.items.forEach(style);
    } else if (isMap(n)) {
      n.items.forEach((pair) => style(pair.value));
    } else if (isScalar(n) && typeof n.value === 'string' && n.value.length > FOLD_AT && !n.value.includes('\n')) {
      n.type = Scalar.BLOCK_FOLDED;
    }
  };
  style(node);
  return node;
}

/** Insert `key` in schema order: before the first existing key that comes after it. */
function insertionIndex(map: YAMLMap, path: string, order: readonly string[]): number {
  const rank = order.indexOf(path);
  if (rank < 0) return map.items.length;
  const prefix = path.slice(0, path.lastIndexOf('.') + 1);
  const index = map.items.findIndex((pair) => {
    const other = order.indexOf(`${prefix}${String(isScalar(pair.key) ? pair.key.value : pair.key)}`);
    return other > rank;
  });
  return index < 0 ? map.items.length : index;
}

function mergeMap(doc: Document, map: YAMLMap, value: Data, order: readonly string[], prefix = ''): void {
  for (const pair of [...map.items]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!(key in value)) map.delete(key);
  }
  for (const [key, next] of Object.entries(value)) {
    const existing = map.get(key, true) as Node | undefined;
    if (existing !== undefined && looselyEqual(existing.toJSON(), next)) continue;
    if (isEmpty(next)) {
      if (existing !== undefined) map.delete(key);
      continue;
    }
    if (isMap(existing) && isPlainObject(next)) {
      mergeMap(doc, existing, next, order, `${prefix}${key}.`);
      continue;
    }
    if (isSeq(existing) && Array.isArray(next) && existing.items.length === next.length) {
      mergeSeq(doc, existing, next, order, `${prefix}${key}.`);
      continue;
    }
    const node = styledNode(doc, ordered(prune(next), order, `${prefix}${key}.`));
    if (isSeq(existing) && isSeq(node)) node.flow = existing.flow ?? false;
    if (existing === undefined) {
      map.items.splice(insertionIndex(map, `${prefix}${key}`, order), 0, doc.createPair(key, node) as never);
    } else {
      map.set(key, node);
    }
  }
}

function mergeSeq(doc: Document, seq: YAMLSeq, value: unknown[], order: readonly string[], prefix: string): void {
  value.forEach((next, i) => {
    const item = seq.items[i] as Node;
    if (looselyEqual(item.toJSON(), next)) return;
    if (isMap(item) && isPlainObject(next)) mergeMap(doc, item, next, order, prefix);
    else seq.items[i] = styledNode(doc, ordered(prune(next), order, prefix));
  });
}

/**
 * Image values as astro:assets reads them and the templates write them, `./gambar.jpg`:
 * Decap stores an image next to the entry as a bare `gambar.jpg`. `paths` are the image
 * fields' dotted names (`sampul.gambar`; a list's items share the list's name).
 */
export function withRelativeImages(data: Data, paths: readonly string[]): Data {
  const fix = (value: unknown, path: readonly string[]): unknown => {
    if (Array.isArray(value)) return value.map((v) => fix(v, path));
    if (path.length === 0) {
      return typeof value === 'string' && value !== '' && !/^(\.{0,2}\/|[a-z]+:)/i.test(value) ? `./${value}` : value;
    }
    if (!isPlainObject(value)) return value;
    const [head, ...rest] = path as [string, ...string[]];
    return head in value ? { ...value, [head]: fix(value[head], rest) } : value;
  };
  return paths.reduce<Data>((acc, path) => fix(acc, path.split('.')) as Data, data);
}

/** Split a Markdown file into frontmatter text and body; no frontmatter gives `null`. */
function split(content: string): { frontmatter: string; body: string } | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(content);
  if (!match) return null;
  return { frontmatter: match[1] ?? '', body: content.slice(match[0].length) };
}

/** Read a file into the form's data: frontmatter fields, `body`, and the original text. */
export function fromFile(content: string): Data {
  const parts = split(content);
  if (!parts) return { body: content, [ENTRY_KEY]: true };
  const doc = parseDocument(parts.frontmatter);
  if (doc.errors.length > 0) {
    throw new Error(`Frontmatter YAML tidak valid: ${doc.errors.map((e) => e.message).join('; ')}`);
  }
  const data = (doc.toJS() ?? {}) as Data;
  return {
    ...data,
    body: parts.body,
    [ORIGINAL_KEY]: parts.frontmatter,
    ...(TEMPLATE_MARKER.test(parts.frontmatter) ? {} : { [ENTRY_KEY]: true }),
  };
}

/** Where a line starts, at or before `index`. */
const lineStart = (text: string, index: number): number => text.lastIndexOf('\n', index - 1) + 1;
/** Just past the end of the line holding `index - 1` (its newline included). */
function lineEnd(text: string, index: number): number {
  const nl = text.indexOf('\n', Math.max(index - 1, 0));
  return nl < 0 ? text.length : nl + 1;
}

const keyOf = (pair: { key: unknown }): string => String(isScalar(pair.key) ? pair.key.value : pair.key);

/** One top-level key of the original text: its own lines, and the comment lines after it. */
interface Span {
  own: string;
  after: string;
}

/** The original text of each top-level key, so unchanged keys are copied byte for byte. */
function spans(original: string, map: YAMLMap): { head: string; byKey: Map<string, Span> } {
  const byKey = new Map<string, Span>();
  const starts = map.items.map((pair) => lineStart(original, (pair.key as Node).range?.[0] ?? 0));
  map.items.forEach((pair, i) => {
    const start = starts[i] as number;
    const next = starts[i + 1] ?? original.length;
    const valueEnd = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range?.[1] ?? start;
    const end = Math.min(Math.max(lineEnd(original, valueEnd), start), next);
    byKey.set(keyOf(pair), { own: original.slice(start, end), after: original.slice(end, next) });
  });
  return { head: original.slice(0, starts[0] ?? original.length), byKey };
}

/** One key and its value, in the templates' style. */
function renderPair(doc: Document, pair: YAMLMap['items'][number]): string {
  const single = new Document({});
  (single.contents as YAMLMap).items.push(pair);
  single.schema = doc.schema;
  return single.toString(TO_STRING);
}

/**
 * Write the form's data back. With the original frontmatter, every top-level key whose
 * value is unchanged is copied as it was written (comments, quotes, folding and all), and a
 * changed key is rewritten by editing the original YAML node, so nested values that did
 * not change keep their style too. Without it (a new entry), keys follow `sortedKeys`
 * (the form's field order).
 */
export function toFile(data: Data, sortedKeys: readonly string[] = []): string {
  const { body, [ORIGINAL_KEY]: original, [ENTRY_KEY]: _entry, ...fields } = data;
  let yaml: string;
  if (typeof original === 'string' && isMap(parseDocument(original).contents)) {
    const doc = parseDocument(original);
    const map = doc.contents as YAMLMap;
    const { head, byKey } = spans(original, map);
    const unchanged = new Set(
      map.items
        .filter((pair) => keyOf(pair) in fields && looselyEqual((pair.value as Node | null)?.toJSON() ?? null, fields[keyOf(pair)]))
        .map(keyOf),
    );
    mergeMap(doc, map, fields, sortedKeys);
    yaml =
      head +
      map.items
        .map((pair) => {
          const key = keyOf(pair);
          const span = byKey.get(key);
          if (span && unchanged.has(key)) return span.own + span.after;
          return renderPair(doc, pair) + (span?.after ?? '');
        })
        .join('');
  } else {
    const doc = new Document({});
    const keys = Object.keys(fields).sort((a, b) => {
      const ra = sortedKeys.indexOf(a);
      const rb = sortedKeys.indexOf(b);
      return (ra < 0 ? Infinity : ra) - (rb < 0 ? Infinity : rb);
    });
    const map = doc.contents as YAMLMap;
    for (const key of keys) {
      const value = ordered(prune(fields[key]), sortedKeys, `${key}.`);
      if (!isEmpty(value)) map.items.push(doc.createPair(key, styledNode(doc, value)) as never);
    }
    yaml = map.items.length === 0 ? '' : doc.toString(TO_STRING);
  }
  const text = typeof body === 'string' ? body : '';
  const separated = typeof original === 'string' || text === '' || text.startsWith('\n') ? text : `\n${text}`;
  const ending = separated.endsWith('\n') || separated === '' ? separated : `${separated}\n`;
  return `---\n${yaml}---\n${ending}`;
}
