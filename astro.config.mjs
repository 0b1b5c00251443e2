// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { draftsIntegration } from './src/integrations/drafts.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { themeIntegration } from './src/integrations/theme.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { checklistPlugin } from './src/markdown/checklist.ts';
import { externalLinksPlugin } from './src/markdown/external-links.ts';

/** Public address of the site, for canonical URLs and the sitemap. */
const site = process.env['SITE_URL'] ?? 'https://rumahinovasi.jatimprov.go.id';

/**
 * Builds from another corpus (CONTENT_DIR, used by tests and benchmarks) keep their own
 * content-layer cache, so they never mix entries with the real site's.
 */
const contentDirEnv = process.env['CONTENT_DIR'];
const cacheDir =
  process.env['ASTRO_CACHE_DIR'] ??
  (contentDirEnv ? `./node_modules/.astro-cache/${contentDirEnv.replace(/[^a-z0-9]+/gi, '-')}` : undefined);

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Content Security Policy as a <meta> tag with hashes of Astro's own scripts and styles.
  // Pagefind compiles its WebAssembly search core ('wasm-unsafe-eval') and runs it in a worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: { processor: satteri({ hastPlugins: [checklistPlugin, externalLinksPlugin] }) },
  integrations: [
    draftsIntegration(),
    themeIntegration(),
    mdx(),
    // /desain/ is the internal component gallery: built, but not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/desain/') }),
    pagefindIntegration(),
  ],
});
