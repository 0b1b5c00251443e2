/** The view of a guide: owner, level, dates, change history and related guides and cases. */
import { t } from '../../i18n/index.ts';
import { citation } from '../cite.ts';
import { formatDate, isoDate } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import {
  breadcrumbs,
  dateValue,
  editorialDateRows,
  notices,
  refValues,
  row,
  rows,
  searchData,
  topicFacets,
  typeFacet,
  yearFacet,
  sourceItems,
  textValues,
} from './common.ts';
import type { Card, EntryView, FeedItem, LinkGroup, Value } from './types.ts';

type GuideNode = Node<'panduan'>;

/** Everything a guide's page shows. */
export interface GuideView extends EntryView {
  summary: string;
  related: LinkGroup[];
  changes: { date: Value; note: string }[];
  citation: string;
  feed: FeedItem;
}

/** The card of a guide: level and last update. */
export function guideCard(node: GuideNode): Card {
  const d = node.data;
  return {
    href: node.href,
    title: node.title,
    meta: [t.label.guideLevel[d.tingkat], t.list.updatedOn(formatDate(d.diperbarui ?? d.diterbitkan))],
    summary: d.ringkasan,
  };
}

/** The full view of one guide. */
export function guideView(node: GuideNode, graph: SiteGraph): GuideView {
  const d = node.data;
  const updated = d.diperbarui ?? d.diterbitkan;
  const link = (r: Parameters<SiteGraph['link']>[0]) => graph.link(r);
  return {
    collection: 'panduan',
    key: node.key,
    href: node.href,
    title: node.title,
    description: d.ringkasan,
    breadcrumbs: breadcrumbs(node),
    notices: notices(d),
    summary: d.ringkasan,
    facts: rows(
      row('pemilik', t.field.owner, refValues(graph, d.pemilik)),
      row('tingkat', t.field.level, textValues(t.label.guideLevel[d.tingkat])),
      ...editorialDateRows(d),
      row('topik', t.field.topics, refValues(graph, d.topik)),
    ),
    related: [
      { id: 'studi-kasus-terkait', label: t.field.relatedCases, links: d.studi_kasus_terkait.map(link) },
      { id: 'panduan-terkait', label: t.field.relatedGuides, links: d.panduan_terkait.map(link) },
    ].filter((g) => g.links.length > 0),
    changes: d.riwayat.map((r) => ({ date: dateValue(r.tanggal), note: r.catatan })),
    sources: sourceItems(d.sumber),
    citation: citation({ title: node.title, date: updated, url: graph.absolute(node.href), publisher: t.site.owner }),
    card: guideCard(node),
    feed: { title: node.title, link: node.href, pubDate: updated, description: d.ringkasan, categories: [t.collection.panduan] },
    search: searchData(typeFacet('panduan'), {
      filters: { tahun: [yearFacet(d.diterbitkan)], topik: topicFacets(graph, d.topik) },
      meta: { tahun: String(d.diterbitkan.getUTCFullYear()) },
      sort: { tanggal: isoDate(updated) },
    }),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: node.title,
      description: d.ringkasan,
      inLanguage: 'id',
      url: graph.absolute(node.href),
      datePublished: isoDate(d.diterbitkan),
      dateModified: isoDate(updated),
      author: { '@type': 'GovernmentOrganization', name: graph.get(d.pemilik).title },
      publisher: { '@type': 'GovernmentOrganization', name: t.site.owner },
    },
  };
}
