/**
 * One page of each type in a built site (home, every list, one detail page of every
 * collection, about, search, 404 and the component gallery), for the sweeps that look at
 * page types rather than every URL: screenshots, the 320 px menu check, the keyboard test.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, ROUTE_SEGMENT, listPath } from '../../src/lib/collections.ts';

/** The first entry folder under a collection's segment (page folders "2", "3" skipped). */
function firstEntry(dist: string, segment: string): string | undefined {
  const dir = join(dist, segment);
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
    .map((d) => d.name)
    .sort()[0];
}

/** Name → path of one page per type, in a stable order. */
export function pageTypeSamples(dist: string): Record<string, string> {
  const samples: Record<string, string> = { beranda: '/' };
  for (const c of COLLECTIONS) samples[`daftar-${ROUTE_SEGMENT[c]}`] = listPath(c);
  for (const c of COLLECTIONS) {
    const slug = firstEntry(dist, ROUTE_SEGMENT[c]);
    if (slug) samples[ROUTE_SEGMENT[c]] = `/${ROUTE_SEGMENT[c]}/${slug}/`;
  }
  samples['tentang'] = '/tentang/';
  samples['cari'] = '/cari/';
  samples['404'] = '/404.html';
  if (existsSync(join(dist, 'desain', 'index.html'))) samples['desain'] = '/desain/';
  return samples;
}
