/**
 * The bare baseline's one collection: the benchmark corpus's case studies through Astro's
 * glob loader, no schema. CONTENT_DIR is the corpus folder scripts/bench.mjs generated.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const contentDir = process.env['CONTENT_DIR'];
if (!contentDir) throw new Error('bench/: set CONTENT_DIR to the corpus folder (scripts/bench.mjs does).');

export const collections = {
  'studi-kasus': defineCollection({
    loader: glob({ pattern: ['**/*.md', '!**/_*'], base: `${contentDir}/studi-kasus` }),
  }),
};
