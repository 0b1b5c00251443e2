/**
 * The content check for the dev server, rerun only when something under the content folder
 * changed (file names, sizes and modification times), so browsing the preview stays fast.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentProblem } from './content-check.ts';
import { contentDir } from './content-dir.ts';

let cached: { signature: string; problems: ContentProblem[] } | undefined;

/** A fingerprint of every file under `dir`. */
export function folderSignature(dir: string): string {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return names
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/** Problems of the content folder as it is on disk now; drafts count as published. */
export function contentProblemsNow(): ContentProblem[] {
  const dir = contentDir();
  const signature = folderSignature(dir);
  if (cached?.signature !== signature) {
    cached = { signature, problems: checkContent({ contentDir: dir, root: process.cwd(), includeDrafts: true }).problems };
  }
  return cached.problems;
}
