/**
 * One entry point to the views: the view and the card of any node, by its collection.
 * Pages pick a view here and render it.
 */
import type { CollectionName } from '../collections.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { eventCard, eventView, type EventView } from './acara.ts';
import { materialCard, materialView, type MaterialView } from './materi.ts';
import { organisationCard, organisationView, type OrganisationView } from './organisasi.ts';
import { personCard, personView, type PersonView } from './orang.ts';
import { guideCard, guideView, type GuideView } from './panduan.ts';
import { caseStudyCard, caseStudyView, type CaseStudyView } from './studi-kasus.ts';
import { topicCard, topicView, type TopicView } from './topik.ts';
import { oncePerGraph } from './common.ts';
import type { Card } from './types.ts';
import { regionCard, regionView, type RegionView } from './wilayah.ts';

/** The view type of each collection. */
export interface ViewOf {
  'studi-kasus': CaseStudyView;
  materi: MaterialView;
  panduan: GuideView;
  acara: EventView;
  orang: PersonView;
  organisasi: OrganisationView;
  wilayah: RegionView;
  topik: TopicView;
}

type ViewBuilders = { [C in CollectionName]: (node: Node<C>, graph: SiteGraph) => ViewOf[C] };
type CardBuilders = { [C in CollectionName]: (node: Node<C>, graph: SiteGraph) => Card };

const VIEWS: ViewBuilders = {
  'studi-kasus': caseStudyView,
  materi: materialView,
  panduan: guideView,
  acara: eventView,
  orang: personView,
  organisasi: organisationView,
  wilayah: regionView,
  topik: topicView,
};

const CARDS: CardBuilders = {
  'studi-kasus': caseStudyCard,
  materi: materialCard,
  panduan: guideCard,
  acara: eventCard,
  orang: personCard,
  organisasi: organisationCard,
  wilayah: regionCard,
  topik: topicCard,
};

/**
 * The full view of a node, computed once per graph: the detail page, the search page's data
 * and the feed all read the same view.
 */
export const viewOf = oncePerGraph((node: Node, graph: SiteGraph) =>
  (VIEWS[node.collection] as (n: Node, g: SiteGraph) => ViewOf[CollectionName])(node, graph),
) as <C extends CollectionName>(node: Node<C>, graph: SiteGraph) => ViewOf[C];

/** The list card of a node. */
export function cardOf<C extends CollectionName>(node: Node<C>, graph: SiteGraph): Card {
  return (CARDS[node.collection] as (n: Node<C>, g: SiteGraph) => Card)(node, graph);
}

/** The cards of a whole collection, in its declared order (a list page's items). */
export function cardsOf(collection: CollectionName, graph: SiteGraph): Card[] {
  return graph.list(collection).map((node) => cardOf(node, graph));
}

export type { CaseStudyView, EventView, GuideView, MaterialView, OrganisationView, PersonView, RegionView, TopicView };
