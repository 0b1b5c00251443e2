/**
 * Views of the pages that summarise the whole site: the home page, the region index and
 * the feed. Counts come from the graph's reverse index, each pipeline written once.
 */
import { t } from '../../i18n/index.ts';
import { MARKDOWN_COLLECTIONS, listPath, type CollectionName } from '../collections.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { formatDate, formatNumber } from '../format.ts';
import { glance } from '../stats.ts';
import { caseStudyCard } from './studi-kasus.ts';
import { viewOf } from './index.ts';
import type { Card, FeedItem } from './types.ts';

/** A link with a count, e.g. a region and its number of case studies. */
export interface CountedLink {
  href: string;
  label: string;
  count: number;
}

/** One figure at a glance: the number (formatted), what it counts, and a qualifier. */
export interface Figure {
  value: string;
  label: string;
  note?: string | undefined;
}

/** Everything the home page shows. */
export interface HomeView {
  figures: Figure[];
  regionTotal: number;
  latest: Card[];
  caseTotal: number;
  regions: CountedLink[];
  topics: CountedLink[];
  types: CountedLink[];
}

/** Nodes with how many case studies reference them through `field`; most first, then by name; zero left out. */
export function rankByCases(graph: SiteGraph, nodes: readonly Node[], field: string): CountedLink[] {
  return nodes
    .map((n) => ({ href: n.href, label: n.title, count: graph.referrers(n, 'studi-kasus', field).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'id'));
}

/** The home page: figures, the newest case studies, and ways in by region, topic and type. */
export function homeView(graph: SiteGraph): HomeView {
  const cases = graph.list('studi-kasus');
  const g = glance(cases.map((c) => c.data), graph.buildDate);
  const regionTotal = graph.list('wilayah').length;
  return {
    figures: [
      { value: formatNumber(g.cases), label: t.home.statCases },
      { value: formatNumber(g.regionsWithCases), label: t.home.statRegions, note: t.home.ofRegions(regionTotal) },
      { value: formatNumber(g.running), label: t.home.statRunning, note: t.home.statRunningNote(formatDate(graph.buildDate)) },
      { value: formatNumber(g.awardsToInnovations), label: t.home.statAwardsToInnovations },
      { value: formatNumber(g.awardsToGovernments), label: t.home.statAwardsToGovernments },
      { value: formatNumber(graph.list('panduan').length), label: t.home.statGuides },
      { value: formatNumber(graph.list('materi').length), label: t.home.statMaterials },
    ],
    regionTotal,
    latest: cases.slice(0, 6).map((c) => caseStudyCard(c, graph)),
    caseTotal: cases.length,
    regions: rankByCases(graph, graph.list('wilayah'), 'kabupaten_kota'),
    topics: rankByCases(graph, graph.list('topik'), 'topik'),
    types: MARKDOWN_COLLECTIONS.filter((c) => c !== 'topik').map((c) => ({
      href: listPath(c),
      label: t.collection[c],
      count: graph.list(c).length,
    })),
  };
}

/** The region index: kabupaten and kota, each region with its number of case studies. */
export function regionIndexView(graph: SiteGraph): { id: string; label: string; regions: CountedLink[] }[] {
  const regions = graph.list('wilayah');
  const counted = (kind: 'kabupaten' | 'kota') =>
    regions
      .filter((r) => r.data.jenis === kind)
      .map((r) => ({ href: r.href, label: r.title, count: graph.referrers(r, 'studi-kasus', 'kabupaten_kota').length }));
  return [
    { id: 'kabupaten', label: t.list.kabupaten, regions: counted('kabupaten') },
    { id: 'kota', label: t.list.kota, regions: counted('kota') },
  ];
}

/** Collections the feed carries. */
const FEED_COLLECTIONS = ['studi-kasus', 'panduan', 'materi'] as const satisfies readonly CollectionName[];

/** Newest items a feed carries; readers' feed clients only show the newest anyway. */
export const FEED_SIZE = 100;

/** The feed: newest case studies, guides and materials first, at most {@link FEED_SIZE}. */
export function feedItems(graph: SiteGraph, size = FEED_SIZE): FeedItem[] {
  return FEED_COLLECTIONS.flatMap((c) => graph.list(c).map((n) => viewOf(n, graph).feed))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'id'))
    .slice(0, size);
}
