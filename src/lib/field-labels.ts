/**
 * Indonesian names for what the schema walk finds: a field's label and the labels of an
 * enum's values, both from the UI dictionary, so the form editor, the JSON Schemas and the
 * field reference name things as the site does.
 */
import { t } from '../i18n/index.ts';
import type { FieldNode, WalkedCollection } from './schema-walk.ts';

const labels = t.formField as Readonly<Record<string, string>>;

/** The dictionary keys tried for a field, most specific first. */
export function labelKeys(collection: WalkedCollection, node: Pick<FieldNode, 'path' | 'key'>): string[] {
  const path = node.path.replace(/\[\]$/, '');
  return [`${collection}:${path}`, path, node.key];
}

/** The field's label, or `undefined` when the dictionary has none (a test forbids that). */
export function fieldLabel(collection: WalkedCollection, node: Pick<FieldNode, 'path' | 'key'>): string | undefined {
  for (const key of labelKeys(collection, node)) {
    const label = labels[key];
    if (label !== undefined) return label;
  }
  return undefined;
}

/** The field's label; throws naming the dictionary entry to add when it has none. */
export function requireFieldLabel(collection: WalkedCollection, node: Pick<FieldNode, 'path' | 'key'>): string {
  const label = fieldLabel(collection, node);
  if (label === undefined) {
    throw new Error(
      `Field "${collection}: ${node.path}" has no label: add "${node.key}" (or "${collection}:${node.path}") to formField in src/i18n/id.ts.`,
    );
  }
  return label;
}

/**
 * Labels of an enum's values: the dictionary's `label` group whose keys are exactly these
 * values (every vocabulary in `vocabulary.ts` has one, checked by type). Values without a
 * matching group label themselves.
 */
export function enumLabels(values: readonly string[]): Record<string, string> {
  const wanted = [...values].sort().join('\0');
  for (const group of Object.values(t.label) as Record<string, string>[]) {
    if (Object.keys(group).sort().join('\0') === wanted) return { ...group };
  }
  return Object.fromEntries(values.map((v) => [v, v]));
}
