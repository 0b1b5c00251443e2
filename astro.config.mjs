// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

/** Public address of the site, for canonical URLs and the sitemap. */
const site = process.env['SITE_URL'] ?? 'https://rumahinovasi.jatimprov.go.id';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefindIntegration()],
});
