/** The view of a topic: its description and everything tagged with it, grouped by type. */
import { t } from '../../i18n/index.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { groupedItems, identity, nodeGroup, searchData, typeFacet } from './common.ts';
import type { Card, EntryView, GroupedItem } from './types.ts';

type TopicNode = Node<'topik'>;

/** The collections a topic page lists, in this order. */
const TAGGED = ['studi-kasus', 'panduan', 'materi', 'acara'] as const;

/** Everything a topic's page shows; `items` may be long and is paginated. */
export interface TopicView extends EntryView {
  summary: string;
  items: GroupedItem[];
}

/** The card of a topic: its description and how many case studies carry it. */
export function topicCard(node: TopicNode, graph: SiteGraph): Card {
  return {
    href: node.href,
    title: node.title,
    meta: [t.list.caseCount(graph.referrers(node, 'studi-kasus', 'topik').length)],
    summary: node.data.deskripsi,
  };
}

/** The full view of one topic. */
export function topicView(node: TopicNode, graph: SiteGraph): TopicView {
  return {
    ...identity(node, node.data.deskripsi),
    summary: node.data.deskripsi,
    facts: [],
    items: groupedItems(
      TAGGED.map((c) => nodeGroup(`grup-${c}`, t.collection[c], graph.referrers(node, c, 'topik'))),
    ),
    sources: [],
    card: topicCard(node, graph),
    search: searchData(typeFacet('topik')),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      name: node.title,
      description: node.data.deskripsi,
      url: graph.absolute(node.href),
    },
  };
}
