/**
 * Share images (Open Graph) drawn at build time, one per entry and one for the site:
 * `/og/<segment>/<slug>.png` and `/og/situs.png`. Cards whose text did not change come
 * from the cache (src/lib/og-image.ts); the others are handed to the build's painter as soon
 * as the paths are known, so they are drawn beside the rendering (src/lib/og-painter.ts).
 *
 * The first segment is a parameter that is always `og` (`[og]`), not a folder named `og`:
 * Astro renders routes in its priority order, static first segments before dynamic ones, so
 * this route comes after every page (an `og/` folder came third, before the case studies).
 * The painter's threads draw cards from the end of the list while the pages render; when Astro
 * gets here it draws those still left from the start, so both ends meet.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../lib/og-image.ts';
import { ogPng, painter } from '../../lib/og-painter.ts';
import { loadGraph } from '../../lib/site-data.ts';
import { allOgCards } from '../../lib/views/og.ts';

export const getStaticPaths = (async () => {
  const cards = allOgCards(await loadGraph());
  painter.get()?.prepare(cards.map(({ card }) => card));
  return cards.map(({ path, card }) => {
    const [, og, rest] = /^\/([^/]+)\/(.+)$/.exec(path)!;
    return { params: { og, path: rest }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
