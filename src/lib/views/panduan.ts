/** The view of a guide: owner, level, dates, change history and related guides and cases. */
import { t } from '../../i18n/index.ts';
import { citations, type Citations } from '../cite.ts';
import { formatDate, isoDate } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import {
  article,
  dateValue,
  editorialDateRows,
  identity,
  refValues,
  row,
  rows,
  searchData,
  sourceItems,
  textValues,
  topicFacets,
  typeFacet,
  yearFacet,
} from './common.ts';
import type { Card, EntryView, FeedItem, LinkGroup, Value } from './types.ts';

type GuideNode = Node<'panduan'>;

/** Everything a guide's page shows. */
export interface GuideView extends EntryView {
  summary: string;
  related: LinkGroup[];
  changes: { date: Value; note: string }[];
  citation: Citations;
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
    ...identity(node, d.ringkasan),
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
    citation: citations({
      id: node.key,
      title: node.title,
      authors: [graph.get(d.pemilik).title],
      date: updated,
      url: graph.absolute(node.href),
      publisher: t.site.owner,
      type: 'webpage',
    }),
    card: guideCard(node),
    feed: { title: node.title, link: node.href, pubDate: updated, description: d.ringkasan, categories: [t.collection.panduan] },
    search: searchData(typeFacet('panduan'), {
      filters: { tahun: [yearFacet(d.diterbitkan)], topik: topicFacets(graph, d.topik) },
      meta: { tahun: String(d.diterbitkan.getUTCFullYear()) },
      sort: { tanggal: isoDate(updated) },
    }),
    structuredData: {
      ...article(graph, node, d),
      author: { '@type': 'GovernmentOrganization', name: graph.get(d.pemilik).title },
    },
  };
}
