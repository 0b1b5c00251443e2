/**
 * What the search page knows before Pagefind loads: every facet with its values, their
 * URL tokens and how many pages carry each (the same numbers the index holds, taken from
 * the views that wrote it), and the static pages where a facet can be browsed without
 * JavaScript. Also the browse pages themselves: case studies by year, award and
 * sustainability status, one page per value, so every filter also works as a plain link.
 */
import { t } from '../../i18n/index.ts';
import { COMPETITIONS, STATUSES } from '../../schemas/vocabulary.ts';
import { COLLECTIONS, listPath } from '../collections.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { FACETS, facetLabel, type Facet, type FacetValue } from '../search-facets.ts';
import type { TokenMap } from '../search-url.ts';
import { groupedItems, nodeGroup } from './common.ts';
import { viewOf } from './index.ts';
import { caseStudyCard, caseStudySearch } from './studi-kasus.ts';
import type { Crumb, GroupedItem, SearchData } from './types.ts';

/** Re-exported for pages, which read lib modules only through views. */
export { HIGHLIGHT_PARAM, SUMMARY_WEIGHT } from '../search-params.ts';

/** The `jenis` value of standalone pages such as /tentang/. */
export const PAGE_TYPE: FacetValue = { text: t.about.searchType, token: 'halaman' };

/** A facet value with the number of indexed pages carrying it. */
export interface CountedValue extends FacetValue {
  count: number;
}

/** One facet as the search page knows it. */
export interface FacetView {
  facet: Facet;
  /** The facet's name: the filter's key in the index. */
  label: string;
  values: CountedValue[];
}

/** The search data of every page the index holds: each entry's view, plus the standalone pages. */
export function indexedSearchData(graph: SiteGraph): SearchData[] {
  const entries = COLLECTIONS.flatMap((c) => graph.list(c).map((node) => viewOf(node, graph).search));
  // /tentang/ is the one standalone indexed page (ProseLayout); its type is all it filters on.
  return [...entries, { filters: { jenis: [PAGE_TYPE] }, meta: {}, sort: {} }];
}

/** Every facet with its values (most frequent first, years newest first) and counts. */
export function facetViews(all: readonly SearchData[]): FacetView[] {
  return FACETS.map((facet) => {
    const counts = new Map<string, CountedValue>();
    for (const data of all) {
      for (const v of data.filters[facet] ?? []) {
        const seen = counts.get(v.text);
        if (seen) seen.count += 1;
        else counts.set(v.text, { ...v, count: 1 });
      }
    }
    const values = [...counts.values()].sort((a, b) =>
      facet === 'tahun' ? b.text.localeCompare(a.text) : b.count - a.count || a.text.localeCompare(b.text, 'id'),
    );
    return { facet, label: facetLabel(facet), values };
  }).filter((f) => f.values.length > 0);
}

/** Facets that have static browse pages, and their address. */
export const BROWSE_FACETS = ['tahun', 'penghargaan', 'status'] as const;
/** A facet with browse pages. */
export type BrowseFacet = (typeof BROWSE_FACETS)[number];

/** Address of a browse index (`/tahun/`) or of one value's page (`/tahun/2020/`). */
export function browsePath(facet: BrowseFacet, token?: string): string {
  return token ? `/${facet}/${token}/` : `/${facet}/`;
}

/** A link of the search page's "browse without searching" list. */
export interface BrowseLink {
  facet: Facet;
  href: string;
  label: string;
}

/** Where each facet can be browsed as plain pages (the search page's no-JavaScript links). */
export function browseLinks(): BrowseLink[] {
  return [
    { facet: 'jenis', href: listPath('studi-kasus'), label: t.search.browse.jenis },
    { facet: 'wilayah', href: listPath('wilayah'), label: t.search.browse.wilayah },
    { facet: 'topik', href: listPath('topik'), label: t.search.browse.topik },
    ...BROWSE_FACETS.map((facet) => ({ facet, href: browsePath(facet), label: t.search.browse[facet] })),
  ];
}

/** Everything the search page shows before and besides Pagefind. */
export interface SearchPageView {
  facets: FacetView[];
  browse: BrowseLink[];
  /** Per facet: its index name and URL token → indexed text (read by the search script). */
  tokens: TokenMap;
}

/** The search page's view. */
export function searchPageView(graph: SiteGraph): SearchPageView {
  const facets = facetViews(indexedSearchData(graph));
  return {
    facets,
    browse: browseLinks(),
    tokens: Object.fromEntries(
      facets.map((f) => [f.facet, { label: f.label, tokens: Object.fromEntries(f.values.map((v) => [v.token, v.text])) }]),
    ),
  };
}

/** One value of a browse facet, as its index page lists it. */
export interface BrowseValue {
  token: string;
  text: string;
  href: string;
  count: number;
}

/** A browse index page: `/tahun/`, `/penghargaan/`, `/status/`. */
export interface BrowseIndexView {
  facet: BrowseFacet;
  title: string;
  lead: string;
  breadcrumbs: Crumb[];
  values: BrowseValue[];
}

/** One value's page: the case studies with that year, award or status, grouped, ready to paginate. */
export interface BrowsePageView {
  facet: BrowseFacet;
  token: string;
  href: string;
  title: string;
  lead: string;
  breadcrumbs: Crumb[];
  total: number;
  items: GroupedItem[];
}

const TITLES: Record<BrowseFacet, { title: string; lead: string; page: (text: string) => string }> = {
  tahun: { title: t.browse.yearTitle, lead: t.browse.yearLead, page: t.browse.yearPage },
  penghargaan: { title: t.browse.awardTitle, lead: t.browse.awardLead, page: t.browse.awardPage },
  status: { title: t.browse.statusTitle, lead: t.browse.statusLead, page: t.browse.statusPage },
};

/** The order of values on a browse index: newest year first; awards and statuses in vocabulary order. */
function valueOrder(facet: BrowseFacet): (a: FacetValue, b: FacetValue) => number {
  if (facet === 'tahun') return (a, b) => b.token.localeCompare(a.token);
  const order: readonly string[] = facet === 'penghargaan' ? COMPETITIONS : STATUSES;
  return (a, b) => order.indexOf(a.token) - order.indexOf(b.token);
}

/** Case studies by their value of `facet`, in the order of the index page. */
function casesBy(facet: BrowseFacet, graph: SiteGraph): { value: FacetValue; nodes: Node<'studi-kasus'>[] }[] {
  const byToken = new Map<string, { value: FacetValue; nodes: Node<'studi-kasus'>[] }>();
  for (const node of graph.list('studi-kasus')) {
    for (const value of caseStudySearch(node, graph).filters[facet] ?? []) {
      const group = byToken.get(value.token) ?? { value, nodes: [] };
      group.nodes.push(node);
      byToken.set(value.token, group);
    }
  }
  const order = valueOrder(facet);
  return [...byToken.values()].sort((a, b) => order(a.value, b.value));
}

/** A browse index page's view. */
export function browseIndexView(facet: BrowseFacet, graph: SiteGraph): BrowseIndexView {
  const { title, lead } = TITLES[facet];
  return {
    facet,
    title,
    lead,
    breadcrumbs: [{ label: t.collection['studi-kasus'], href: listPath('studi-kasus') }, { label: title }],
    values: casesBy(facet, graph).map(({ value, nodes }) => ({
      token: value.token,
      text: value.text,
      href: browsePath(facet, value.token),
      count: nodes.length,
    })),
  };
}

/** The views of every value's page of a browse facet. Award pages group their cases by tier. */
export function browsePageViews(facet: BrowseFacet, graph: SiteGraph): BrowsePageView[] {
  const { title: indexTitle, lead, page } = TITLES[facet];
  const card = (node: Node<'studi-kasus'>) => caseStudyCard(node, graph);
  return casesBy(facet, graph).map(({ value, nodes }) => {
    const groups =
      facet === 'penghargaan'
        ? tiersOf(value.token, nodes, graph).map((tier) => nodeGroup(tier.token, tier.text, tier.nodes, card))
        : [nodeGroup(`${facet}-${value.token}`, t.list.caseCount(nodes.length), nodes, card)];
    const title = page(value.text);
    return {
      facet,
      token: value.token,
      href: browsePath(facet, value.token),
      title,
      lead,
      breadcrumbs: [
        { label: t.collection['studi-kasus'], href: listPath('studi-kasus') },
        { label: indexTitle, href: browsePath(facet) },
        { label: title },
      ],
      total: nodes.length,
      items: groupedItems(groups),
    };
  });
}

/** The cases of one competition by tier ("KIPP (KemenPAN-RB) — Top 45"), tiers in alphabetical order. */
function tiersOf(competition: string, nodes: readonly Node<'studi-kasus'>[], graph: SiteGraph) {
  const tiers = new Map<string, { token: string; text: string; nodes: Node<'studi-kasus'>[] }>();
  for (const node of nodes) {
    const awards = node.data.penghargaan.filter((a) => a.kompetisi === competition);
    const ranks = caseStudySearch(node, graph).filters.peringkat ?? [];
    for (const rank of ranks.filter((r) => awards.some((a) => r.token.startsWith(`${a.kompetisi}-`)))) {
      const tier = tiers.get(rank.token) ?? { token: rank.token, text: rank.text, nodes: [] };
      if (!tier.nodes.includes(node)) tier.nodes.push(node);
      tiers.set(rank.token, tier);
    }
  }
  return [...tiers.values()].sort((a, b) => a.text.localeCompare(b.text, 'id', { numeric: true }));
}
