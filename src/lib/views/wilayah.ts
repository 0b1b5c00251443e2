/** The view of a kab/kota: its kind and code, its innovations and organisations. */
import { t } from '../../i18n/index.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { awardRows, awardTable } from './penghargaan.ts';
import { regionReplications } from './replikasi.ts';
import { caseStudyCard } from './studi-kasus.ts';
import { groupedItems, identity, nodeGroup, row, rows, searchData, textValues, typeFacet } from './common.ts';
import type { Card, EntryView, GroupedItem, Table } from './types.ts';

type RegionNode = Node<'wilayah'>;

/** Everything a region's page shows; `items` may be long and is paginated. */
export interface RegionView extends EntryView {
  /** Number of case studies in the region. */
  caseCount: number;
  /** BPS code, to find the region on the map. */
  code: string;
  items: GroupedItem[];
  /** Awards recorded in the region's case studies, each with its recipient. */
  awards?: Table | undefined;
  /** Replications carried out in the region. */
  replicationsInto?: Table | undefined;
  /** Replications of the region's own innovations. */
  replicationsOutOf?: Table | undefined;
}

/** The card of a region: how many case studies it has. */
export function regionCard(node: RegionNode, graph: SiteGraph): Card {
  return { href: node.href, title: node.title, meta: [t.list.caseCount(graph.referrers(node, 'studi-kasus', 'kabupaten_kota').length)] };
}

/** The full view of one region. */
export function regionView(node: RegionNode, graph: SiteGraph): RegionView {
  const d = node.data;
  const cases = graph.referrers(node, 'studi-kasus', 'kabupaten_kota');
  const awards = awardRows(cases);
  const replications = regionReplications(graph, node.id);
  return {
    ...identity(node, t.region.description(d.nama)),
    facts: rows(row('jenis', t.field.regionKind, textValues(t.label.regionKind[d.jenis])), row('kode', t.field.code, textValues(d.kode))),
    caseCount: cases.length,
    code: d.kode,
    awards: awards.length > 0 ? awardTable(graph, awards) : undefined,
    replicationsInto: replications.into,
    replicationsOutOf: replications.outOf,
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
