/**
 * RSS feed of new and updated case studies, guides and speaker materials, so agencies
 * can follow the knowledge center without visiting it.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/index.ts';
import { hrefOf, loadSite } from '../lib/site-data.ts';

type FeedEntry = CollectionEntry<'studi-kasus' | 'panduan' | 'materi'>;

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSite();
  const entries: FeedEntry[] = [...content['studi-kasus'], ...content.panduan, ...content.materi];
  const date = (e: FeedEntry) => e.data.diperbarui ?? e.data.diterbitkan;
  return rss({
    title: t.site.name,
    description: t.site.description,
    site: site ?? '',
    customData: '<language>id</language>',
    items: entries
      .sort((a, b) => date(b).getTime() - date(a).getTime() || a.data.judul.localeCompare(b.data.judul, 'id'))
      .map((e) => ({
        title: e.data.judul,
        link: hrefOf(e),
        pubDate: date(e),
        description: e.data.ringkasan,
        categories: [t.collection[e.collection]],
      })),
  });
};
