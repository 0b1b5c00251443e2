/** The view of a speaker material: kind, speakers, event, date, files, video, topics. */
import { t } from '../../i18n/index.ts';
import { citations, type Citations } from '../cite.ts';
import { excerpt, formatDate, isoDate } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import {
  attachmentItems,
  dateValue,
  editorialDateRows,
  externalValue,
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
import { videoFacade } from '../video.ts';
import type { AttachmentItem, Card, EntryView, FeedItem } from './types.ts';

type MaterialNode = Node<'materi'>;

/** Everything a material's page shows. */
export interface MaterialView extends EntryView {
  summary: string;
  files: AttachmentItem[];
  /** The recording as a facade (a link to its host; nothing loaded from there). */
  video?: { href: string; provider: string } | undefined;
  feed: FeedItem;
  citation: Citations;
}

/** The card of a material: kind, speakers, date. */
export function materialCard(node: MaterialNode, graph: SiteGraph): Card {
  const d = node.data;
  return {
    href: node.href,
    title: node.title,
    meta: [t.label.materialKind[d.jenis], d.narasumber.map((r) => graph.get(r).title).join(', '), formatDate(d.tanggal)],
    summary: excerpt(d.ringkasan, 30),
  };
}

/** The full view of one material. */
export function materialView(node: MaterialNode, graph: SiteGraph): MaterialView {
  const d = node.data;
  const speakers = d.narasumber.map((r) => graph.get(r).title);
  return {
    ...identity(node, d.ringkasan),
    summary: d.ringkasan,
    facts: rows(
      row('jenis', t.field.materialKind, textValues(t.label.materialKind[d.jenis])),
      row('narasumber', t.field.speakers, refValues(graph, d.narasumber)),
      row('acara', t.field.event, refValues(graph, d.acara)),
      row('tanggal', t.field.date, [dateValue(d.tanggal)]),
      row('topik', t.field.topics, refValues(graph, d.topik)),
      row('video', t.field.video, d.video ? [externalValue(d.video, d.video)] : []),
      ...editorialDateRows(d),
    ),
    files: attachmentItems(d.berkas),
    citation: citations({
      id: node.key,
      title: node.title,
      authors: speakers,
      date: d.tanggal,
      url: graph.absolute(node.href),
      publisher: t.site.owner,
      container: d.acara ? graph.get(d.acara).title : undefined,
      genre: t.label.materialKind[d.jenis],
      type: d.jenis === 'makalah' ? 'paper-conference' : 'speech',
    }),
    video: d.video ? videoFacade(d.video) : undefined,
    sources: sourceItems(d.sumber),
    card: materialCard(node, graph),
    feed: {
      title: node.title,
      link: node.href,
      pubDate: d.diperbarui ?? d.diterbitkan,
      description: d.ringkasan,
      categories: [t.collection.materi],
    },
    search: searchData(typeFacet('materi'), {
      filters: { tahun: [yearFacet(d.tanggal)], topik: topicFacets(graph, d.topik) },
      meta: { tahun: String(d.tanggal.getUTCFullYear()), narasumber: speakers.join(', ') },
      sort: { tanggal: isoDate(d.tanggal) },
    }),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'PresentationDigitalDocument',
      name: node.title,
      description: d.ringkasan,
      inLanguage: 'id',
      url: graph.absolute(node.href),
      dateCreated: isoDate(d.tanggal),
      author: speakers.map((name) => ({ '@type': 'Person', name })),
    },
  };
}
