/**
 * The Open Graph card of every page: what its share image says (type, title, region,
 * year) and where the image is. Entry pages get a card of their own; every other page
 * (home, lists, about, search) shares the site's card.
 */
import { t } from '../../i18n/index.ts';
import { COLLECTIONS } from '../collections.ts';
import type { Node, SiteGraph } from '../graph.ts';
import type { OgCard } from '../og-image.ts';

/** Path of the site's own card, for pages that are not entries. */
export const SITE_OG_IMAGE = '/og/situs.png';

/** The card of the whole site. */
export function siteOgCard(): OgCard {
  return { kind: t.site.tagline, title: t.site.name, region: t.site.province, site: t.site.name };
}

/** Path of the share image of the entry at `href`: `/studi-kasus/baik-lo/` → `/og/studi-kasus/baik-lo.png`. */
export function ogImagePath(href: string): string {
  return `/og${href.replace(/\/$/, '')}.png`;
}

const year = (d: Date | undefined) => (d ? String(d.getUTCFullYear()) : undefined);

/** What an entry's card says. */
export function ogCardOf(node: Node, graph: SiteGraph): OgCard {
  const base = { kind: t.collection[node.collection], title: node.title, site: t.site.name };
  switch (node.collection) {
    case 'studi-kasus': {
      const d = (node as Node<'studi-kasus'>).data;
      return {
        ...base,
        region: d.kabupaten_kota ? graph.get(d.kabupaten_kota).title : t.site.province,
        year: (d.tanggal_penerapan ?? d.tanggal_uji_coba)?.iso.slice(0, 4),
      };
    }
    case 'materi':
      return { ...base, year: year((node as Node<'materi'>).data.tanggal) };
    case 'acara':
      return { ...base, year: year((node as Node<'acara'>).data.tanggal_mulai) };
    case 'panduan':
      return { ...base, year: year((node as Node<'panduan'>).data.diterbitkan) };
    case 'wilayah':
      return { ...base, region: t.site.province };
    default:
      return base;
  }
}

/** Every card to draw: one per entry, and the site's. */
export function allOgCards(graph: SiteGraph): { path: string; card: OgCard }[] {
  return [
    { path: SITE_OG_IMAGE, card: siteOgCard() },
    ...COLLECTIONS.flatMap((c) => graph.list(c).map((node) => ({ path: ogImagePath(node.href), card: ogCardOf(node, graph) }))),
  ];
}
