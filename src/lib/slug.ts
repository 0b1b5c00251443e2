/**
 * How a content file's name becomes its id and URL slug, and how collisions are found.
 * Shared by the content loader (which names entries) and its duplicate check, so both
 * agree on what "the same URL" means.
 */

/** The slug of a content file: its base name without extension, lowercased and hyphenated. */
export function slugFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base
    .replace(/\.(md|mdx)$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Files that would produce the same slug, grouped by that slug (only groups of two or more). */
export function findSlugCollisions(paths: readonly string[]): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const path of paths) {
    const slug = slugFromPath(path);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  }
  return new Map([...bySlug].filter(([, files]) => files.length > 1));
}

/**
 * True for a slug of digits alone. Every list is paginated, and `/studi-kasus/2/` is page 2
 * of its list, so such a slug is a list page's address, never an entry's: the content check
 * refuses the file and `npm run baru` refuses the title.
 */
export function isPageNumber(slug: string): boolean {
  return /^\d+$/.test(slug);
}
