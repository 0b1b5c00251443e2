/**
 * The view of a kab/kota: its kind and code, its innovations and organisations (paginated),
 * and previews of its awards and replications, each of which has its own paginated list
 * (`/wilayah/<slug>/penghargaan/`, `…/replikasi-masuk/`, `…/replikasi-keluar/`).
 */
import { t } from '../../i18n/index.ts';
import { listPath } from '../collections.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { awardRows, awardTable } from './penghargaan.ts';
import { regionReplications } from './replikasi.ts';
import { caseStudyCard } from './studi-kasus.ts';
import { groupedItems, identity, nodeGroup, oncePerGraph, row, rows, searchData, textValues, typeFacet } from './common.ts';
import { tableList, tablePreview, type TableList, type TablePreview } from './long-lists.ts';
import type { Card, EntryView, GroupedItem } from './types.ts';

type RegionNode = Node<'wilayah'>;

/** Everything a region's page shows; `items` may be long and is paginated. */
export interface RegionView extends EntryView {
  /** Number of case studies in the region. */
  caseCount: number;
  /** BPS code, to find the region on the map. */
  code: string;
  items: GroupedItem[];
  /** Awards recorded in the region's case studies, each with its recipient (the first ones). */
  awards?: TablePreview | undefined;
  /** Replications carried out in the region (the first ones). */
  replicationsInto?: TablePreview | undefined;
  /** Replications of the region's own innovations (the first ones). */
  replicationsOutOf?: TablePreview | undefined;
}

/** The names of a region's long lists, as the last segment of their address. */
export const REGION_LISTS = ['penghargaan', 'replikasi-masuk', 'replikasi-keluar'] as const;
export type RegionListId = (typeof REGION_LISTS)[number];

/** The card of a region: how many case studies it has. */
export function regionCard(node: RegionNode, graph: SiteGraph): Card {
  return { href: node.href, title: node.title, meta: [t.list.caseCount(graph.referrers(node, 'studi-kasus', 'kabupaten_kota').length)] };
}

/** The full view of one region. */
export function regionView(node: RegionNode, graph: SiteGraph): RegionView {
  const d = node.data;
  const cases = graph.referrers(node, 'studi-kasus', 'kabupaten_kota');
  const lists = regionLists(node, graph);
  const preview = (id: RegionListId) => (lists[id] ? tablePreview(lists[id]) : undefined);
  return {
    ...identity(node, t.region.description(d.nama)),
    facts: rows(row('jenis', t.field.regionKind, textValues(t.label.regionKind[d.jenis])), row('kode', t.field.code, textValues(d.kode))),
    caseCount: cases.length,
    code: d.kode,
    awards: preview('penghargaan'),
    replicationsInto: preview('replikasi-masuk'),
    replicationsOutOf: preview('replikasi-keluar'),
    items: groupedItems([
      nodeGroup('studi-kasus', t.list.casesHere, cases, (n) => caseStudyCard(n, graph)),
      nodeGroup('organisasi', t.list.orgsHere, graph.referrers(node, 'organisasi', 'kabupaten_kota')),
    ]),
    sources: [],
    card: regionCard(node, graph),
    search: searchData(typeFacet('wilayah')),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'AdministrativeArea',
      name: d.nama,
      identifier: d.kode,
      url: graph.absolute(node.href),
      geo: { '@type': 'GeoCoordinates', latitude: d.lat, longitude: d.lon },
      containedInPlace: { '@type': 'AdministrativeArea', name: t.site.province },
    },
  };
}

/**
 * A region's awards and replications as whole lists, each present only when it has entries.
 * Once per node: the region's page previews them and their own pages list them.
 */
export const regionLists = oncePerGraph(buildRegionLists);

function buildRegionLists(node: RegionNode, graph: SiteGraph): Partial<Record<RegionListId, TableList>> {
  const cases = graph.referrers(node, 'studi-kasus', 'kabupaten_kota');
  const awards = awardRows(cases);
  const replications = regionReplications(graph, node.id);
  const name = node.title;
  const list = (id: RegionListId, title: string, count: string) => ({
    id,
    href: `${node.href}${id}/`,
    title,
    breadcrumbs: [{ label: t.collection.wilayah, href: listPath('wilayah') }, { label: name, href: node.href }, { label: title }],
    count,
  });
  const lists: Partial<Record<RegionListId, TableList>> = {};
  if (awards.length > 0) lists.penghargaan = tableList(awardTable(graph, awards), list('penghargaan', t.longList.regionAwards(name), t.longList.awards(awards.length)));
  if (replications.into) {
    lists['replikasi-masuk'] = tableList(replications.into, list('replikasi-masuk', t.longList.regionInto(name), t.replication.count(replications.into.rows.length)));
  }
  if (replications.outOf) {
    lists['replikasi-keluar'] = tableList(replications.outOf, list('replikasi-keluar', t.longList.regionOutOf(name), t.replication.count(replications.outOf.rows.length)));
  }
  return lists;
}
