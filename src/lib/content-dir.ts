/**
 * Where the content lives. One environment variable, CONTENT_DIR (default `content`),
 * lets tests and benchmarks build the same site from another corpus; PUBLIC_DIR (default
 * `public`) gives such a corpus its own static files (the attachments its entries link),
 * so a test corpus never needs test files in the real site's `public/`.
 */
import { isAbsolute, resolve } from 'node:path';

/** Absolute path of the content folder for this build. */
export function contentDir(cwd: string = process.cwd()): string {
  return dirFromEnv('CONTENT_DIR', 'content', cwd);
}

/**
 * Absolute path of the static files folder for this build (Astro's `publicDir`): where
 * attachment sizes are read and local links and images are looked for.
 */
export function publicDir(cwd: string = process.cwd()): string {
  return dirFromEnv('PUBLIC_DIR', 'public', cwd);
}

/** The folder an environment variable names (relative to `cwd`), or `fallback`. */
function dirFromEnv(name: string, fallback: string, cwd: string): string {
  const dir = process.env[name] ?? fallback;
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}
