/**
 * The loader for every Markdown collection: Astro's glob loader over
 * `<CONTENT_DIR>/<collection>/`, `.md` and `.mdx`, skipping `_template` files, with ids
 * taken from file names.
 *
 * Frontmatter reaches the schema from our own parser (src/lib/frontmatter.ts), not from
 * Astro's: the glob loader's `parseData` is wrapped so each entry is validated from the data
 * `npm run periksa` sees, with real line numbers and no `Date` roll-over (`2023-02-30` stays
 * text and the schema refuses it). In a production build the whole folder has already been
 * checked by the content-check integration before this runs, and the loader takes the
 * check's validated data for each file (src/lib/checked-entries.ts) instead of parsing and
 * validating it again; only a file changed since the check, or an entry with a cover image,
 * goes through Astro's `parseData`. In `astro dev` every file does, and a file that does not
 * parse is kept out of the store while the page shows the problem instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { takeCheckedData } from '../lib/checked-entries.ts';
import type { CollectionName } from '../lib/collections.ts';
import { contentDir } from '../lib/content-dir.ts';
import { decodeUtf8, parseContent } from '../lib/frontmatter.ts';
import { slugFromPath } from '../lib/slug.ts';

/** Frontmatter of one file through the site's parser, or an Indonesian error naming the line. */
export function readFrontmatter(filePath: string): Record<string, unknown> {
  const decoded = decodeUtf8(readFileSync(filePath));
  if ('problem' in decoded) throw new Error(`${filePath}:${decoded.problem.line}: ${decoded.problem.message}`);
  const parsed = parseContent(decoded.text);
  if (!parsed.ok) {
    throw new Error(parsed.problems.map((p) => `${filePath}:${p.line}: ${p.message}`).join('\n'));
  }
  return parsed.content.data;
}

/** Glob loader for one Markdown collection, fed by the site's frontmatter parser. */
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
      const dev = context.watcher !== undefined;
      const validated = { byCheck: 0, byAstro: 0 };
      const parseData: typeof context.parseData = async (props) => {
        const filePath = props.filePath;
        if (!filePath) return context.parseData(props);
        // In a build the content check has already parsed and validated this very file.
        const checked = dev ? undefined : takeCheckedData(filePath);
        if (checked) {
          validated.byCheck++;
          return checked.data as typeof props.data;
        }
        validated.byAstro++;
        return context.parseData({ ...props, data: readFrontmatter(filePath) as typeof props.data });
      };
      // The glob loader reports a file it cannot reload in the dev server with its YAML
      // library's English message; say it in Indonesian, from our parser, at the real line.
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        const entry = /^Failed to reload (.+?): /.exec(message)?.[1];
        if (!entry) return context.logger.error(message);
        let detail = message.slice(message.indexOf(': ') + 2);
        try {
          readFrontmatter(join(base, entry));
        } catch (error) {
          detail = (error as Error).message;
        }
        context.logger.error(`Berkas ${entry} belum bisa dimuat ulang; halaman pratinjau menampilkan masalahnya. ${detail}`);
      };
      try {
        await inner.load({ ...context, parseData, logger });
        if (!dev && validated.byCheck + validated.byAstro > 0) {
          context.logger.info(
            `${validated.byCheck} berkas memakai data yang sudah divalidasi pemeriksaan konten; ${validated.byAstro} divalidasi Astro (gambar sampul atau berkas yang berubah).`,
          );
        }
      } catch (error) {
        // In the preview the page itself lists every problem (src/middleware.ts); the terminal
        // gets a pointer to it instead of the server stopping.
        if (!dev) throw error;
        context.logger.warn(`Konten "${collection}" bermasalah; halaman pratinjau (dan npm run periksa) menunjukkan berkas, baris dan cara memperbaikinya.`);
      }
    },
  };
}
