// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { draftsIntegration } from './src/integrations/drafts.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { ogCardsIntegration } from './src/integrations/og-cards.ts';
import { adminIntegration } from './src/integrations/admin.ts';
import { pageScriptIntegration } from './src/integrations/page-script.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { checklistPlugin } from './src/markdown/checklist.ts';
import { externalLinksPlugin } from './src/markdown/external-links.ts';
import { baseLinksPlugin } from './src/markdown/base-links.ts';
import { publicDir } from './src/lib/content-dir.ts';

/** Public address of the site, for canonical URLs and the sitemap. */
const site = process.env['SITE_URL'] ?? 'https://rumahinovasi.jatimprov.go.id';

/**
 * The path the site is served under: `/` on its own domain, or a sub-path such as
 * `/rumah-inovasi/` on a GitHub Pages project site (README, "Deploying under a sub-path").
 */
const base = (process.env['RI_BASE'] || '/').replace(/^\/?/, '/').replace(/\/?$/, '/');

/**
 * Builds from another corpus (CONTENT_DIR, used by tests and benchmarks) keep their own
 * content-layer cache, so they never mix entries with the real site's.
 */
const contentDirEnv = process.env['CONTENT_DIR'];
const cacheDir =
  process.env['ASTRO_CACHE_DIR'] ??
  (contentDirEnv ? `./node_modules/.astro-cache/${contentDirEnv.replace(/[^a-z0-9]+/gi, '-')}` : undefined);

/**
 * The form editor (/admin/) saves to this GitHub repository through pull requests.
 * GitHub Actions sets GITHUB_REPOSITORY itself; DECAP_OAUTH_URL is the OAuth proxy
 * (docs/deploy.md).
 */
const adminBackend = {
  repo: process.env['GITHUB_REPOSITORY'] ?? 'pemprov-jatim/rumah-inovasi',
  branch: process.env['DECAP_BRANCH'] ?? 'main',
  ...(process.env['DECAP_OAUTH_URL'] ? { baseUrl: process.env['DECAP_OAUTH_URL'] } : {}),
};

export default defineConfig({
  site,
  base,
  // `public/`, or a test corpus's own static files (PUBLIC_DIR, src/lib/content-dir.ts).
  publicDir: publicDir(),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // `npm run dev` stops with a message when its port is taken, instead of silently moving
  // to another port while the editor keeps looking at the old one.
  vite: {
    server: { strictPort: true },
    build: {
      rollupOptions: {
        // MDX pages carry Astro's own "use astro:head-inject" directive; the bundler's note
        // that it may not be preserved is about Astro internals, not anything an editor or
        // developer can act on, and would otherwise print on every build.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
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
  // No syntax highlighting: content has no code to colour, and Shiki's inline styles would
  // break the Content Security Policy (Astro warns about it on every build otherwise).
  markdown: { processor: satteri({ hastPlugins: [checklistPlugin, externalLinksPlugin, baseLinksPlugin(base)] }), syntaxHighlight: false },
  integrations: [
    contentCheckIntegration(),
    draftsIntegration(),
    pageScriptIntegration(),
    ogCardsIntegration(),
    mdx(),
    // /desain/ is the internal component gallery: built, but not for search engines.
    sitemap({ filter: (page) => !/\/(desain|cari\/jendela)\/$/.test(new URL(page).pathname) }),
    pagefindIntegration(),
    // After Pagefind, so the editor is never indexed; outside Astro's pages, so it keeps its own CSP.
    adminIntegration({ backend: adminBackend, localBackendPort: Number(process.env['DECAP_SERVER_PORT'] ?? 8081) }),
  ],
});
