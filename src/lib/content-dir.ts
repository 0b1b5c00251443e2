/**
 * Where the content lives. One environment variable, CONTENT_DIR (default `content`),
 * lets tests and benchmarks build the same site from another corpus.
 */
import { isAbsolute, resolve } from 'node:path';

/** Absolute path of the content folder for this build. */
export function contentDir(cwd: string = process.cwd()): string {
  const dir = process.env['CONTENT_DIR'] ?? 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}
