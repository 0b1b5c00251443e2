/**
 * Reverse links ("which case studies are in this region?") computed from the forward
 * references entries already carry, so no page keeps its own list that could drift.
 */
import type { CollectionName } from './collections.ts';
import { collectReferences } from './corpus-check.ts';

/** Entries whose data references `target`, optionally only through fields starting with `field`. */
export function referencedBy<E extends { data: unknown }>(
  entries: readonly E[],
  target: { collection: CollectionName; id: string },
  field?: string,
): E[] {
  return entries.filter((entry) =>
    collectReferences(entry.data).some(
      (ref) =>
        ref.collection === target.collection &&
        ref.id === target.id &&
        (field === undefined || ref.field === field || ref.field.startsWith(`${field}[`) || ref.field.startsWith(`${field}.`)),
    ),
  );
}
