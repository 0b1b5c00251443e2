/**
 * RSS feed of new and updated case studies, guides and speaker materials, so agencies
 * can follow the knowledge center without visiting it.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { loadGraph } from '../lib/site-data.ts';
import { feedItems } from '../lib/views/home.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: t.site.name,
    description: t.site.description,
    site: site ?? '',
    customData: '<language>id</language>',
    items: feedItems(await loadGraph()),
  });
