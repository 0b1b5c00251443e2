/**
 * Hands the content check's validated entries to the content loader within one
 * `astro build`, so each file is parsed and validated once per build.
 *
 * The build runs the check first (src/integrations/content-check.ts, at
 * `astro:config:setup`) because only the check gives editors the complete Indonesian list of
 * problems with their lines. Before this hand-over, Astro's loader then parsed every file
 * again and validated it again with the same schema: at 2,000 case studies that second pass
 * cost about as much as the whole bare build's content sync. Now the loader takes the
 * check's data for a file unless the file changed since the check read it (size or
 * modification time differ) or the entry has a cover image (only Astro's own `image()` can
 * register an image for `astro:assets`); then Astro validates that file itself, as before.
 *
 * Astro loads the Astro config (with the integration) and `src/content.config.ts` (with the
 * loader) as two separate module graphs in the same process, so the entries are passed on
 * through one global, keyed by a registered symbol, and each entry is taken only once.
 */
import { statSync } from 'node:fs';
import { buildShared } from './build-shared.ts';
import type { CheckedEntry } from './content-check.ts';

const checked = buildShared<Map<string, CheckedEntry>>('checked-entries');

/** Offers the valid entries of a check that found no problem to this process's loader. */
export function handOverCheckedEntries(entries: Map<string, CheckedEntry>): void {
  checked.set(new Map(entries));
}

/**
 * The validated data of the file at `path` (absolute), if the check validated exactly the
 * file that is on disk now and Astro need not see it; otherwise undefined, and the caller
 * lets Astro validate the file. Each entry is handed out once.
 */
export function takeCheckedData(path: string): { data: unknown } | undefined {
  const entries = checked.get();
  const entry = entries?.get(path);
  if (!entries || !entry) return undefined;
  entries.delete(path);
  if (entries.size === 0) checked.set(undefined);
  if (entry.hasImage) return undefined;
  const now = statSync(path, { throwIfNoEntry: false });
  if (!now || now.size !== entry.size || now.mtimeMs !== entry.mtimeMs) return undefined;
  return { data: entry.data };
}
