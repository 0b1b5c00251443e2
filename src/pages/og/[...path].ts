/**
 * Share images (Open Graph) drawn at build time, one per entry and one for the site:
 * `/og/<segment>/<slug>.png` and `/og/situs.png`. Cards whose text did not change come
 * from the cache (src/lib/og-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImage, type OgCard } from '../../lib/og-image.ts';
import { loadGraph } from '../../lib/site-data.ts';
import { allOgCards } from '../../lib/views/og.ts';

export const getStaticPaths = (async () =>
  allOgCards(await loadGraph()).map(({ path, card }) => ({
    params: { path: path.replace(/^\/og\//, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { png } = await ogImage((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
