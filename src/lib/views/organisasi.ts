/** The view of an organisation: kind, parent, region, website, and what it runs, owns and organises. */
import { t } from '../../i18n/index.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { caseStudyCard } from './studi-kasus.ts';
import {
  externalValue,
  groupedItems,
  identity,
  nodeGroup,
  refValues,
  row,
  rows,
  searchData,
  sourceItems,
  textValues,
  typeFacet,
} from './common.ts';
import type { Card, EntryView, GroupedItem } from './types.ts';

type OrgNode = Node<'organisasi'>;

/** Everything an organisation's page shows; `items` may be long and is paginated. */
export interface OrganisationView extends EntryView {
  items: GroupedItem[];
}

/** The card of an organisation: its kind and abbreviation. */
export function organisationCard(node: OrgNode): Card {
  const d = node.data;
  return { href: node.href, title: node.title, meta: [t.label.orgKind[d.jenis], ...(d.singkatan ? [d.singkatan] : [])] };
}

/** The full view of one organisation. */
export function organisationView(node: OrgNode, graph: SiteGraph): OrganisationView {
  const d = node.data;
  return {
    ...identity(node, t.organisation.description(d.nama, d.singkatan, t.label.orgKind[d.jenis])),
    facts: rows(
      row('singkatan', t.field.abbreviation, textValues(d.singkatan)),
      row('jenis', t.field.orgKind, textValues(t.label.orgKind[d.jenis])),
      row('induk', t.field.parent, refValues(graph, d.induk)),
      row('kabupaten_kota', t.field.region, refValues(graph, d.kabupaten_kota)),
      row('situs', t.field.website, d.situs ? [externalValue(d.situs, d.situs)] : []),
    ),
    items: groupedItems([
      nodeGroup('studi-kasus', t.list.casesOfOrg, graph.referrers(node, 'studi-kasus', 'lembaga'), (n) => caseStudyCard(n, graph)),
      nodeGroup('unit', t.list.childOrgs, graph.referrers(node, 'organisasi', 'induk')),
      nodeGroup('orang', t.list.peopleOfOrg, graph.referrers(node, 'orang', 'lembaga')),
      nodeGroup('panduan', t.list.guidesOfOrg, graph.referrers(node, 'panduan', 'pemilik')),
      nodeGroup('acara', t.list.eventsOfOrg, graph.referrers(node, 'acara')),
    ]),
    sources: sourceItems(d.sumber),
    card: organisationCard(node),
    search: searchData(typeFacet('organisasi')),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': d.jenis === 'mitra' || d.jenis === 'lainnya' ? 'Organization' : 'GovernmentOrganization',
      name: d.nama,
      ...(d.singkatan ? { alternateName: d.singkatan } : {}),
      url: graph.absolute(node.href),
      ...(d.situs ? { sameAs: d.situs } : {}),
      ...(d.induk ? { parentOrganization: { '@type': 'Organization', name: graph.get(d.induk).title } } : {}),
    },
  };
}
