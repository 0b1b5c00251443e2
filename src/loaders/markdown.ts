/**
 * The loader for every Markdown collection: Astro's glob loader over
 * `<CONTENT_DIR>/<collection>/`, `.md` and `.mdx`, skipping `_template` files, with ids
 * taken from file names. Before loading it refuses two files that would share a URL:
 * Astro itself only warns and keeps one of them, which would drop an editor's file silently.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { CollectionName } from '../lib/collections.ts';
import { contentDir } from '../lib/content-dir.ts';
import { findSlugCollisions, slugFromPath } from '../lib/slug.ts';

const CONTENT_FILE = /\.(md|mdx)$/i;

/** Content files of a folder, recursively, without templates (names starting with `_`). */
export function listContentFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => CONTENT_FILE.test(name))
    .filter((name) => !name.split(/[\\/]/).some((part) => part.startsWith('_')))
    .map((name) => join(dir, name));
}

/** Glob loader for one Markdown collection, with the duplicate-URL check. */
export function markdownLoader(collection: CollectionName): Loader {
  const base = join(contentDir(), collection);
  const inner = glob({
    pattern: ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'],
    base,
    generateId: ({ entry }) => slugFromPath(entry),
  });
  return {
    name: `rumah-inovasi-${collection}`,
    load: async (context) => {
      const collisions = findSlugCollisions(listContentFiles(base));
      if (collisions.size > 0) {
        const lines = [...collisions].map(
          ([slug, files]) =>
            `- /${collection}/${slug}/ dihasilkan oleh: ${files.map((f) => relative(process.cwd(), f)).join(', ')}`,
        );
        throw new Error(
          `Dua berkas atau lebih menghasilkan alamat halaman yang sama di koleksi "${collection}":\n${lines.join('\n')}\nGanti nama salah satu berkas agar setiap alamat unik.`,
        );
      }
      await inner.load(context);
    },
  };
}
