/**
 * RSS feed of new and updated case studies, guides and speaker materials, so agencies
 * can follow the knowledge center without visiting it.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { loadGraph } from '../lib/site-data.ts';
import { feedItems } from '../lib/views/home.ts';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: t.site.name,
    description: t.site.description,
    // The site's address under its base path; items link to their pages under it too.
    site: site ? new URL(withBase('/'), site).href : '',
    customData: '<language>id</language>',
    items: feedItems(await loadGraph()).map((item) => ({ ...item, link: withBase(item.link) })),
  });
