// @ts-check
// The bare Astro baseline of the build benchmark (scripts/bench.mjs): Astro's defaults,
// no integrations, no plugins. Built with `astro build --root bench`.
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
});
